# Multi-stage build of the fat jar, Hawtio console included, into a JRE image (docs/deploy.md, "Container image").
#   docker build -t contact-sync:0.1.0-SNAPSHOT .
# Without a Docker daemon: mvn -Pimage package jib:build -Dimage=<registry>/contact-sync:<tag>

# Node.js and npm for the console build (console/maven-build.sh, run by Maven); its bundler needs Node 20 or newer
FROM node:24-bookworm-slim AS node

FROM maven:3.9-eclipse-temurin-17 AS build
COPY --from=node /usr/local/bin/node /usr/local/bin/node
COPY --from=node /usr/local/lib/node_modules/npm /usr/local/lib/node_modules/npm
RUN ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm && npm --version
WORKDIR /build
# dependencies first, so a source change does not download them again
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY console ./console
COPY src ./src
COPY routes ./routes
RUN mvn -B -q package -DskipTests
# the jar serves /hawtio only when the console was built into it: fail here rather than ship an image without it
RUN jar tf target/contact-sync.jar | grep -qx 'hawtio/index.html'

FROM eclipse-temurin:17-jre
# a fixed numeric user, so Kubernetes' runAsNonRoot can verify it (k8s/base/deployment.yaml runs as 10001)
RUN groupadd --system --gid 10001 contactsync \
 && useradd --system --uid 10001 --gid contactsync --home-dir /app --no-create-home contactsync \
 && mkdir -p /app/data \
 && chown contactsync:contactsync /app/data
WORKDIR /app
COPY --from=build /build/target/contact-sync.jar /app/contact-sync.jar
USER 10001:10001
# 8080: admin API, dashboard and Hawtio (/hawtio); 9876: management (/observe/health, /observe/metrics, /observe/jolokia)
EXPOSE 8080 9876
# curl comes with the eclipse-temurin image; the shell form reads the management port the container was given
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
  CMD curl -fsS -o /dev/null "http://127.0.0.1:${CAMEL_MANAGEMENT_PORT:-9876}/observe/health/live" || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/contact-sync.jar"]
