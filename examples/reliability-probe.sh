#!/usr/bin/env bash
# The reliability probe of docs/reliability.md: tries bad inputs and faults on the real command
# line, as a hostile but fair user would, and counts how many are handled. Handled means: the
# command ends within 30 s with exit status 2, its message starts with "error: ", names the
# expected field, path or option, and shows no stack trace and no "internal error".
#   examples/reliability-probe.sh            # all cases (about 3 minutes on 2 cores)
#   PROBE_ONLY=sweep examples/reliability-probe.sh   # the cases whose label contains "sweep"
# Prints one line per case and "N tried, H handled, D open"; exits 1 if any case is open.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
state=examples/hardrods-fig6-state.json
landau=examples/hardrods-landau.json
small=(--set grid.points=60 --set times.end=1000 --set times.outputs=3 --set times.first=100
       --no-plots)
tried=0; handled=0; open=()

# probe LABEL EXPECTED_FRAGMENT -- ARGS...   (runs ./rapidity ARGS)
probe() {
    local label="$1" want="$2"; shift 3
    [ -n "${PROBE_ONLY:-}" ] && [[ "$label" != *"$PROBE_ONLY"* ]] && return
    tried=$((tried + 1))
    local rc=0
    timeout 30 ./rapidity "$@" > "$work/out" 2> "$work/err" || rc=$?
    local first
    first="$(grep -m1 '^error: ' "$work/err" || true)"
    if [ "$rc" = 2 ] && [ -n "$first" ] && [[ "$first" == *"$want"* ]] \
        && ! grep -q $'\tat \|internal error' "$work/err"; then
        handled=$((handled + 1))
        printf 'ok    %-44s %s\n' "$label" "${first:0:150}"
    else
        open+=("$label")
        printf 'OPEN  %-44s exit %s: %s\n' "$label" "$rc" "$(head -c 300 "$work/err" | tr '\n' ' ')"
    fi
}

# descriptor text with a change (sed expression) into $work/NAME.json
variant() {
    sed "$2" "$3" > "$work/$1.json"
    echo "$work/$1.json"
}

# --- the descriptor file and its JSON
probe "missing descriptor file" "not found" -- tba "$work/absent.json"
probe "descriptor is a folder" "cannot read descriptor" -- tba "$work"
printf '{"model": "hardrods",' > "$work/cut.json"
probe "truncated JSON" "malformed JSON" -- tba "$work/cut.json"
{ cat "$state"; echo "garbage"; } > "$work/garbage.json"
probe "text after the object" "after the descriptor" -- tba "$work/garbage.json"
{ cat "$state"; cat "$state"; } > "$work/two.json"
probe "two objects" "after the descriptor" -- tba "$work/two.json"
echo '[1, 2]' > "$work/array.json"
probe "an array, not an object" "a descriptor is a JSON object" -- tba "$work/array.json"
probe "duplicate key" "Duplicate field" -- tba "$(variant dup 's/"grid":/"grid": {}, "grid":/' "$state")"
probe "comment in JSON" "malformed JSON" -- tba "$(variant comment '1s|^|// c\n|' "$state")"
probe "unknown top-level key" "unknown descriptor key" -- tba "$(variant key 's/"grid":/"gird": 1, "grid":/' "$state")"

# --- names
probe "unknown model (typo)" "did you mean 'hardrods'" -- tba "$state" --set model.name=hardrod
probe "unknown state" "state.name: unknown" -- tba "$state" --set state.name=gibbs
probe "unknown solver" "solver.name: unknown" -- run "$landau" --set solver.name=landua "${small[@]}"
probe "unknown observable" "unknown observable" -- run "$landau" --set 'observables=["kurtosiss"]' "${small[@]}"
probe "unknown model parameter" "model.b" -- tba "$state" --set model.b=1
probe "unknown grid key" "grid" -- tba "$state" --set grid.size=10

# --- values
probe "negative rod length" "model.a" -- tba "$state" --set model.a=-1
probe "density beyond close packing" "state.density" -- tba "$state" --set state.density=2
probe "grid max below min" "grid.max" -- tba "$state" --set grid.max=-8
probe "too few grid points" "grid.points" -- tba "$state" --set grid.points=2
probe "fractional grid points" "grid.points" -- tba "$state" --set grid.points=10.5
probe "Java float 7f" "grid.max" -- tba "$state" --set grid.max=7f
probe "hex float 0x1.cp2 (= 7)" "grid.max" -- tba "$state" --set grid.max=0x1.cp2
probe "Infinity" "grid.max" -- tba "$state" --set grid.max=Infinity
probe "NaN" "grid.max" -- tba "$state" --set grid.max=NaN
probe "number as a word" "state.beta" -- tba "$state" --set state.beta=two
probe "null value" "null is not a value" -- tba "$(variant null 's/"beta": 2.5/"beta": null/' "$state")"
probe "unknown quadrature" "grid.quadrature" -- tba "$state" --set grid.quadrature=simpson
probe "bad --set syntax" "--set" -- tba "$state" --set model.a
probe "--set beyond a list" "beyond the list" -- tba "$state" --set 'observables=["kurtosis"]' --set observables.5=kurtosis
probe "grid too coarse for the state" "grid" -- tba "$state" --set grid.points=4
probe "times decreasing" "times.at" -- run "$(variant at 's/"times": {[^}]*}/"times": {"at": [3, 2]}/' "$landau")" --set grid.points=60
probe "times.at with times.end" "times.at" -- run "$landau" --set 'times.at=[1,2]' "${small[@]}"
probe "negative end time" "times.end" -- run "$landau" "${small[@]}" --set times.end=-5
probe "log times with first beyond end" "times.first" -- run "$landau" "${small[@]}" --set times.first=5000
probe "no solver for run" "solver: missing" -- run "$state" --set times.end=10
probe "md on a model without dynamics" "model.name" -- run examples/liebliniger-fgr-vs-landau.json --set 'solver={"name": "md"}' --set 'sweep.values=[40]' --set 'observables=["kurtosis"]'
probe "md blocks beyond samples" "blocks" -- run examples/hardrods-md-fig6.json --set 'sweep.values=[6]' --set solver.samples=4 --set solver.blocks=8
probe "hierarchy odd z_points" "solver.z_points" -- run examples/hardrods-fig6.json --set 'sweep.values=[4]' --set solver.z_points=33
probe "ghd x_max below x_min" "x_max" -- run examples/cs-ramp-single-tube.json --set solver.x_max=-40

# --- sweeps
probe "sweep: bad last value" "'1f'" -- run examples/hardrods-md-fig6.json --set 'sweep.values=[1, "1f"]' --set solver.samples=8 --set solver.blocks=4
probe "sweep: empty values" "sweep" -- run examples/hardrods-md-fig6.json --set 'sweep.values=[]'
probe "sweep: values sharing a folder" "share the directory" -- run examples/hardrods-md-fig6.json --set 'sweep.values=["a/b", "a_b"]' --set sweep.parameter=description
probe "sweep: the output settings" "sweep.parameter" -- run examples/hardrods-md-fig6.json --set sweep.parameter=output.dir

# --- resources (refused before any work)
probe "tba 20000 points (Lieb-Liniger)" "grid.points" -- tba examples/liebliniger-thermal.json --set grid.points=20000
probe "tba 40 strings x 400 points" "grid.points" -- tba examples/liebliniger-strings.json --set model.strings=40 --set grid.points=400
probe "md 1e9 samples" "solver.samples" -- run examples/hardrods-md-fig6.json --set 'sweep.values=[6]' --set solver.samples=1000000000
probe "ghd 1e5 cells" "solver.x_points" -- run examples/cs-ramp-single-tube.json --set solver.x_points=100000
probe "hierarchy 20000 separations" "solver.z_points" -- run examples/hardrods-fig6.json --set 'sweep.values=[4]' --set solver.z_points=20000

# --- output directories
printf x > "$work/a-file"
probe "--out below a file" "--out" -- tba "$state" --out "$work/a-file/below"
probe "--out in /proc" "--out" -- tba "$state" --out /proc/rapidity-probe
probe "output.dir below a file" "output.dir" -- tba "$(variant odir "s|\"out/hardrods-fig6-state\"|\"$work/a-file/x\"|" "$state")"
mkdir -p "$work/ro"; chmod 500 "$work/ro"
if [ "$(id -u)" != 0 ]; then
    probe "read-only --out" "--out" -- tba "$state" --out "$work/ro/x"
fi

# --- damaged state of an earlier run
run_dir="$work/run"
./rapidity run "$landau" "${small[@]}" --out "$run_dir" --set output.checkpoint_seconds=0 > /dev/null 2>&1
cp -r "$run_dir" "$work/run-copy"
truncate -s 100 "$run_dir/checkpoint.bin"
probe "truncated checkpoint" "checkpoint.bin: damaged checkpoint" -- run "$landau" "${small[@]}" --out "$run_dir"
echo "not a checkpoint" > "$run_dir/checkpoint.bin"
probe "foreign checkpoint file" "not a rapidity checkpoint" -- run "$landau" "${small[@]}" --out "$run_dir"
rm -rf "$run_dir"; cp -r "$work/run-copy" "$run_dir"
sed -i '3s/,/;/g' "$run_dir/observables.csv"
probe "damaged observables.csv" "damaged table" -- run "$landau" "${small[@]}" --out "$run_dir"
rm -rf "$run_dir"; cp -r "$work/run-copy" "$run_dir"
echo '{"command": ' > "$run_dir/run.json"
probe "damaged run.json" "run.json is damaged" -- run "$landau" "${small[@]}" --out "$run_dir"
rm -rf "$run_dir"; cp -r "$work/run-copy" "$run_dir"
probe "another descriptor's results" "different descriptor" -- run "$landau" "${small[@]}" --out "$run_dir" --set perturbations.0.V0=3
if [ -e /dev/full ]; then
    rm -rf "$run_dir"; mkdir -p "$run_dir"; ln -s /dev/full "$run_dir/checkpoint.bin.tmp"
    probe "full disk at a checkpoint" "No space left" -- run "$landau" "${small[@]}" --out "$run_dir" --set output.checkpoint_seconds=0
fi

# --- plugins
probe "--plugins: missing folder" "--plugins" -- --plugins "$work/no-plugins" list
RAPIDITY_PLUGINS="$work/no-plugins" probe "RAPIDITY_PLUGINS: missing folder" "RAPIDITY_PLUGINS" -- list
mkdir -p "$work/plugins"; echo "not a jar" > "$work/plugins/broken.jar"
probe "a broken plugin jar" "--plugins" -- --plugins "$work/plugins" list

echo
echo "${tried} tried, ${handled} handled, ${#open[@]} open"
for o in "${open[@]}"; do echo "  open: $o"; done
[ "${#open[@]}" = 0 ]
