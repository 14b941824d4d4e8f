# Warta server, JVM mode. Build the application first, on the host:
#   ./mvnw -B -pl server -am package -DskipTests
# then the image:
#   docker build -t warta-server .
#   docker run --rm -p 8080:8080 -v warta-data:/data -e WARTA_SERVER_API_KEYS=change-me \
#              -e WARTA_PROVIDER=openai -e WARTA_API_KEY=... warta-server
# See docs/server-security.md.
FROM eclipse-temurin:21-jre

RUN useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin warta \
    && mkdir -p /data/models /data/jobs /data/cache /data/native \
    && chown -R warta:warta /data
WORKDIR /app

# The fast-jar layout: libraries first, so an image rebuilt after a code change reuses them.
COPY --chown=warta:warta server/target/quarkus-app/lib/ quarkus-app/lib/
COPY --chown=warta:warta server/target/quarkus-app/*.jar quarkus-app/
COPY --chown=warta:warta server/target/quarkus-app/app/ quarkus-app/app/
COPY --chown=warta:warta server/target/quarkus-app/quarkus/ quarkus-app/quarkus/

USER 10001
# Everything the server writes goes under /data, owned by the server's user: the in-process model
# (/data/models), batch jobs (/data/jobs), other caches (/data/cache) and llama.cpp's native
# library (/data/native). The image's own folders are read-only to that user. Mount a volume at
# /data to keep models and jobs across containers (see docs/server-security.md).
ENV HOME=/app \
    WARTA_MODELS_DIR=/data/models \
    WARTA_JOBS_DIR=/data/jobs \
    XDG_CACHE_HOME=/data/cache \
    WARTA_NATIVE_DIR=/data/native
VOLUME ["/data"]
EXPOSE 8080

# Inside a container the server must listen on all interfaces to be reachable through -p;
# outside one it listens on 127.0.0.1 only.
ENTRYPOINT ["java", "-Dquarkus.http.host=0.0.0.0", "-jar", "quarkus-app/quarkus-run.jar"]
