#!/usr/bin/env bash
# A Spark standalone cluster on 127.0.0.1 made of the project's own jars (engine-spark's
# target/spark-home: no Spark download besides Maven's), used by .ci/run and for the engine's
# benchmarks (docs/distributed.md):
#   examples/spark-standalone.sh check   a reduced 6-member sweep on a master + two workers, equal
#                                        to the local engine's files; again with one worker killed
#                                        mid-run (about a minute)
#   examples/spark-standalone.sh bench   per-unit overhead of spark against local on tiny units,
#                                        and a 6-member sweep on one worker, then on two
# Every process it starts is stopped by its own PID at exit. Outputs under target/spark-standalone.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
home="$PWD"
mode="${1:-check}"
work="$home/target/spark-standalone"
port="${SPARK_TEST_PORT:-7177}"
master="spark://127.0.0.1:$port"
export SPARK_LOCAL_IP=127.0.0.1 SPARK_SCALA_VERSION=2.13
export SPARK_HOME="$home/engine-spark/target/spark-home"

if ! ls "$SPARK_HOME"/jars/engine-spark-*.jar >/dev/null 2>&1; then
    mvn -B -q -Pspark -DskipTests package
fi
rm -rf "$work"
mkdir -p "$work"
# the daemons log at INFO (the engine jar's log4j2.properties keeps the command line quiet)
cat > "$work/log4j2.properties" <<'LOG'
rootLogger.level = info
rootLogger.appenderRef.stderr.ref = console
appender.console.type = Console
appender.console.name = console
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{HH:mm:ss} %p %c{1}: %m%n%ex
LOG
daemon=(java -Dlog4j2.configurationFile="$work/log4j2.properties" -cp "$SPARK_HOME/jars/*")
pids=()
stop_all() {
    local p
    for p in "${pids[@]}"; do
        # the worker's executors first (its children), then the worker or master itself
        kill $(pgrep -P "$p" 2>/dev/null) "$p" 2>/dev/null || true
    done
}
trap stop_all EXIT

start_master() {
    "${daemon[@]}" org.apache.spark.deploy.master.Master --host 127.0.0.1 \
        --port "$port" --webui-port $((port + 1000)) > "$work/master.log" 2>&1 &
    pids+=($!)
    for _ in $(seq 1 300); do
        grep -q "I have been elected leader" "$work/master.log" && return
        sleep 0.1
    done
    echo "the Spark master did not start:" >&2; cat "$work/master.log" >&2; exit 1
}
# start_worker N: a worker with one core and 1 GiB; its PID in worker_pid
start_worker() {
    "${daemon[@]}" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 \
        --cores 1 --memory 1g --work-dir "$work/worker$1" --webui-port $((port + 1000 + $1)) \
        "$master" > "$work/worker$1.log" 2>&1 &
    worker_pid=$!
    pids+=($worker_pid)
    for _ in $(seq 1 300); do
        grep -q "Successfully registered with master" "$work/worker$1.log" && return
        sleep 0.1
    done
    echo "Spark worker $1 did not register:" >&2; cat "$work/worker$1.log" >&2; exit 1
}
# same DIR1 DIR2 [bin]: the CSV/JSON files (and checkpoints with "bin") of DIR1 are in DIR2,
# equal (timings aside)
same() {
    local f n=0 bin="${3:-}"
    for f in $(cd "$1" && find . -type f \( -name '*.csv' -o -name '*.json' -o -name "*.${bin:-csv}" \) \
            ! -name units.json | sort); do
        cmp -s <(sed -E 's/"started" *: *"[^"]*"//; s/"wall_seconds" *: *[-0-9.eE+]+//' "$1/$f") \
               <(sed -E 's/"started" *: *"[^"]*"//; s/"wall_seconds" *: *[-0-9.eE+]+//' "$2/$f") \
            || { echo "differs from the local engine's: $f" >&2; return 1; }
        n=$((n + 1))
    done
    [ "$n" -gt 0 ] || { echo "no files in $1" >&2; return 1; }
    echo "  $n files equal to the local engine's"
}
seconds() { date +%s.%N; }

sweep=(examples/hardrods-md-fig6.json --no-plots --set 'sweep.values=[1,2,3,4,5,6]'
       --set solver.samples=${SAMPLES:-40} --set solver.blocks=4 --set times.end=${END:-60}
       --set times.outputs=3 --set times.first=2 --set solver.threads=1)

if [ "$mode" = check ]; then
    ./rapidity run "${sweep[@]}" --out "$work/local" > "$work/local.log" 2>&1
    start_master
    start_worker 1
    w1=$worker_pid
    start_worker 2
    echo "standalone master $master with two workers (one core each)"
    ./rapidity run "${sweep[@]}" --out "$work/cluster" --engine spark --master "$master" \
        > "$work/cluster.log" 2>&1 || { cat "$work/cluster.log" >&2; exit 1; }
    grep -q "unit 6 of 6" "$work/cluster.log"
    same "$work/local" "$work/cluster" bin
    # each ensemble split into two units of 2 blocks (12 units), and one worker killed (with its
    # executor) once the first unit is back: the rest still finish, and combine to the same files
    ./rapidity run "${sweep[@]}" --out "$work/killed" --engine spark --master "$master" \
        --blocks-per-unit 2 > "$work/killed.log" 2>&1 &
    run=$!
    for _ in $(seq 1 1200); do
        grep -q "finished on" "$work/killed.log" && break
        sleep 0.1
    done
    kill -9 $(pgrep -P "$w1") "$w1"
    wait "$w1" 2>/dev/null || true
    echo "  killed worker 1 (pid $w1) and its executor after: $(grep -m1 'finished on' "$work/killed.log")"
    wait "$run" || { cat "$work/killed.log" >&2; exit 1; }
    grep -q "Lost executor" "$work/killed.log" \
        || { echo "no executor was lost?" >&2; cat "$work/killed.log" >&2; exit 1; }
    grep -h "Lost executor" "$work/killed.log" | sed 's/^/  /'
    same "$work/local" "$work/killed"
    echo "spark standalone: sweep equal to local, and again with a worker killed mid-run"
elif [ "$mode" = bench ]; then
    # per-unit cost: a sweep of 1 and of 13 tiny units (MD, 2 samples x 80 rods, to t = 1);
    # (T13 - T1)/12 is the cost of one unit, T1 the start-up of the command
    tiny() {
        local n=$1 vals
        vals=$(seq -s, 1 "$n")
        echo examples/hardrods-md-fig6.json --no-plots --set "sweep.values=[$vals]" \
            --set solver.samples=2 --set solver.blocks=2 --set times.end=1 --set times.outputs=1 --set times.first=0.5
    }
    printf '%-28s %10s %10s %14s\n' engine "T1 (s)" "T13 (s)" "per unit (ms)"
    for engine in "local" "spark local[1]"; do
        extra=()
        [ "$engine" = local ] || extra=(--engine spark --master 'local[1]')
        t=()
        for n in 1 13; do
            t0=$(seconds)
            ./rapidity run $(tiny $n) --out "$work/tiny-$n" --fresh "${extra[@]}" > /dev/null 2>&1
            t+=($(echo "$(seconds) - $t0" | bc))
        done
        printf '%-28s %10.2f %10.2f %14.0f\n' "$engine" "${t[0]}" "${t[1]}" \
            "$(echo "(${t[1]} - ${t[0]}) * 1000 / 12" | bc -l)"
    done
    start_master
    start_worker 1
    times=()
    for w in 1 2; do
        [ "$w" = 1 ] || start_worker 2
        t0=$(seconds)
        ./rapidity run "${sweep[@]}" --out "$work/bench-$w" --fresh --engine spark \
            --master "$master" > "$work/bench-$w.log" 2>&1
        times+=($(echo "$(seconds) - $t0" | bc))
        echo "6-member sweep on $w worker(s): ${times[-1]} s"
    done
    t0=$(seconds)
    ./rapidity run "${sweep[@]}" --out "$work/bench-local" --fresh > /dev/null 2>&1
    echo "6-member sweep, local engine: $(echo "$(seconds) - $t0" | bc) s"
    echo "speed-up one -> two workers: $(echo "${times[0]} / ${times[1]}" | bc -l | cut -c1-4)"
else
    echo "usage: $0 check|bench" >&2
    exit 2
fi
