#!/usr/bin/env bash
# Runs the Spark job on this machine without a Spark installation: Spark's jars come from the Maven repository
# (the versions footprint-spark is built against), the job from footprint-spark/target/footprint-spark-job.jar.
#   footprint-spark/spark-local.sh 'local[2]' CORPUS --output DIR --author-key-file KEY [options…]
# JAVA_OPTS is passed to the JVM (e.g. -Xmx8g). With a Spark installation use spark-submit instead (README).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
master="$1"
shift
jar="$here/target/footprint-spark-job.jar"
classpath="$here/target/spark-classpath.txt"
if [[ ! -f "$jar" ]]; then
  (cd "$here/.." && ./mvnw -B -ntp -q -pl footprint-spark -am package -DskipTests)
fi
if [[ ! -f "$classpath" ]]; then
  (cd "$here/.." && ./mvnw -B -ntp -q -pl footprint-spark dependency:build-classpath -Dmdep.includeScope=provided \
    -DexcludeGroupIds=org.footprint -Dmdep.outputFile="$classpath")
fi
# The packages Spark 3.5 needs opened on Java 17 (what spark-submit adds itself).
opens=()
for package in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
  java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  opens+=("--add-opens=java.base/$package=ALL-UNNAMED")
done
# shellcheck disable=SC2086
exec java "${opens[@]}" -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true \
  -Dspark.master="$master" -Dspark.ui.enabled=false ${JAVA_OPTS:-} \
  -cp "$jar:$(cat "$classpath")" org.footprint.spark.CorpusJob "$@"
