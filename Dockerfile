# newsflow: build the shaded jar with Maven, run it on a JRE as a non-root user.
#   docker build -t newsflow:0.1.0 .
#   docker run --rm newsflow:0.1.0 --help

FROM maven:3.9.9-eclipse-temurin-17 AS build
WORKDIR /build
# The pom alone first: this dependency layer is rebuilt only when pom.xml changes, not on every source edit.
COPY pom.xml ./
RUN mvn -B -q dependency:go-offline
COPY src/ src/
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17.0.15_6-jre
LABEL org.opencontainers.image.title="newsflow" \
      org.opencontainers.image.description="Streaming news processing on Apache Kafka: parse, enrich, tag, route." \
      org.opencontainers.image.version="0.1.0"
# A fixed uid/gid so volume ownership and Kubernetes runAsNonRoot checks do not depend on the name.
RUN groupadd --system --gid 10001 newsflow \
 && useradd --system --uid 10001 --gid newsflow --home-dir /app --no-create-home \
      --shell /usr/sbin/nologin newsflow
WORKDIR /app
# Owned by root and read-only for the app user; the app writes only to /tmp (Kafka Streams state).
COPY --from=build /build/target/newsflow.jar /app/newsflow.jar
COPY seeds/ /app/seeds/
# Numeric, so the runtime can tell the user is not root without reading /etc/passwd.
USER 10001:10001
# Exec form: java is PID 1 and receives SIGTERM itself, so `run` closes the topology cleanly.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/newsflow.jar"]
CMD ["--help"]
