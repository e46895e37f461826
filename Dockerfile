# Multi-stage build of the fat jar into a JRE image (docs/deploy.md, "Container image").
#   docker build -t contact-sync:0.1.0-SNAPSHOT .
# Without a Docker daemon: mvn -Pimage package jib:build -Dimage=<registry>/contact-sync:<tag>

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
# dependencies first, so a source change does not download them again
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
COPY routes ./routes
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
# a fixed numeric user, so Kubernetes' runAsNonRoot can verify it (k8s/base/deployment.yaml runs as 10001)
RUN groupadd --system --gid 10001 contactsync \
 && useradd --system --uid 10001 --gid contactsync --home-dir /app --no-create-home contactsync \
 && mkdir -p /app/data \
 && chown contactsync:contactsync /app/data
WORKDIR /app
COPY --from=build /build/target/contact-sync.jar /app/contact-sync.jar
USER 10001:10001
# 8080: admin API and dashboard; 9876: management (/observe/health, /observe/metrics, /observe/jolokia)
EXPOSE 8080 9876
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/contact-sync.jar"]
