#!/usr/bin/env bash
# The late-time rate of the hierarchy at ξ = 5 (issue 17, item 2; docs/solvers/hierarchy.md, "What
# the Kubo closure drops"): the Fig. 6 state of hard rods (a = 1, two lumps β = 2.5, θ0 = ±1,
# ρ̄ = 0.2) with V0 = 2, ξ = 5, to t = 20ξ = 100, on the grids of examples/md-judge-shortrange.sh
# (60 rapidities on [-7, 7], 32 separations |z| <= 10ξ, time step 0.5; g3 window 2.5ξ):
#   two-point (g3 = 0), kubo (H g3 by (50)), three-point (the layer (49): the run that
#   md-judge-shortrange.sh leaves in JUDGE/3pt-xi5-v2, its columns stay empty without it), and landau from t = 0;
#   kubo and two-point handed over to landau at t = 10ξ (stages.0.from): Landau's rate at the
#   hierarchy's state. The landau run carries landau-kurtosis-rate, Landau's dκ/dt split into
#   cross (67) and self (68) (a staged run cannot carry it: its hierarchy stage has no
#   KineticRates view).
# Writes OUT/rates.md (from each run's $v/observables.csv): κ at each output and dκ/dt between outputs for each run, and the split.
# The grids can be changed: GRID rapidities on [-THETA, THETA] (60, 7), ZP separations (32), g3
# on G3 × G3 of them (8); the hierarchies also report negative-density (docs/solvers/hierarchy.md,
# "The negative tails and the grids at ξ = 5": these default grids are not converged past t ≈ 4ξ).
# With CONV=1 it adds the convergence runs of the three-point layer to t = CONV_END (default 17.3):
# 72 rapidities (g3 window 2.5ξ) and a g3 window of 3.75ξ (60 rapidities), beside the same run
# at the base grid cut at CONV_END. Cheap runs take a minute each; the three-point runs 20-60
# minutes each on 2 shared cores.
# With FULL=1 it runs instead the three-point layer on its whole separation grid (docs/solvers/
# hierarchy.md, "The full window at ξ = 5"): 40 rapidities on [-5, 5], 64 separations |z| <= 10ξ
# (Δz = 0.31ξ), g3_points = z_points = 64 (no window), single precision, time step 1 (with
# solver.conservation 1e-5 and negative_tail 1e-4: measured there), to t = 100; beside it the
# two-point layer on the same grids at time steps 1 and 0.5, on the converged grids (86
# rapidities, 128 separations, time step 0.5) and handed over to landau at the late windows'
# starts; G3W=48 adds the window check (g3_points = 48, to t = 35), N3=36 the rapidity check
# (36 rapidities, to t = N3_END, default 35; OUT/full-window-n36.md; N3=48 N3_END=100 was run to
# the late times). Writes OUT/full-window.md
# (examples/LateRateTable.java --full), with MD from JUDGE/md-xi5 when that run reaches t = 100
# (MD_LATE=1 examples/md-judge-shortrange.sh; MD ± σ and z columns). The three-point run has
# solver.conservation CONS3 (default 1e-4: at 1e-5 it stops at t = 65 on the energy check; the
# check does not change the dynamics) and takes about 11 CPU-minutes (it stops at t = 80 on a
# negative rapidity tail, on 40 and 48 rapidities alike: the time step, not the grids), the checks
# about 5 each; RAPIDITY_JAVA_OPTS=-Xmx4g suffices. DT3=0.5 adds the three-point run at time step
# 0.5 (three-point-dt05; the table then adds δ at both steps): ETDRK4 treats the g3 feedback
# explicitly, and at time step 1 the fastest-diffusing modes (the rapidity grid's edges at the
# highest wavenumbers, Δz = 0.31ξ) leave its stability region near t = 60-70 (docs/solvers/
# hierarchy.md, "The stop at t = 16ξ is the time step"); about 25 CPU-minutes to t = 100.
# N3_DT sets the time step of the N3 runs (OUT/full-window-nN3-dtXX), N3_AT their output times,
# N3_TAIL and N3_CONS their negative_tail and conservation checks; the 24-point runs of that
# section: N3=24 N3_DT=0.5 (and 1) N3_AT=$(seq -s, 0 2.5 100) N3_TAIL=10 N3_CONS=1e-2
# (5 CPU-minutes at 0.5).
# N3=60 N3_END=50 is the rapidity check at 60 rapidities to t = 10ξ (docs/solvers/hierarchy.md,
# "60 rapidities to t = 10ξ"): 32 CPU-minutes, RAPIDITY_JAVA_OPTS=-Xmx7g (at -Xmx5g it ran out
# of memory in its first step).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out="${OUT:-$PWD/out/late-rate-xi5}"; judge="${JUDGE:-$PWD/out/md-judge-shortrange}"
CONV="${CONV:-0}"; CONV_END="${CONV_END:-17.3}"
GRID="${GRID:-60}"; THETA="${THETA:-7}"; ZP="${ZP:-32}"; G3="${G3:-8}"
xi=5; end=50; v=perturbations.0.V0=2; mkdir -p "$out"
at=$(awk -v e="$end" 'BEGIN { printf "0"; for (k = 0; k <= 11; k++) printf ",%.15g", e ^ (k / 11)
                             for (j = 6; j <= 10; j++) printf ",%.15g", 2 * e * j / 10 }')
# A hierarchy on 60 rapidities on [-7, 7] stops near t = 10ξ at this range when its density turns
# negative in the tails beyond solver.negative_tail (the grid does not resolve them; [-5, 5] with
# the same points does): a run that stops keeps the outputs it reached (observables.csv), is
# marked "stopped" and is not rerun.
run() { # name descriptor args...
  local dir="$out/$1"; shift
  [ -s "$dir/sweep.csv" ] || [ -e "$dir/stopped" ] || nice -n 10 ./rapidity run "$@" --out "$dir" \
    --fresh --no-plots || { touch "$dir/stopped"; echo "late-rate-xi5: $dir stopped early" >&2; }
}
grids=(examples/hardrods-fig6.json --set 'sweep.values=[2]' --set perturbations.0.xi="$xi"
       --set "times={\"at\":[$at]}" --set grid.points="$GRID" --set grid.min=-"$THETA"
       --set grid.max="$THETA" --set solver.z_points="$ZP" --set solver.g3_points="$G3"
       --set solver.time_step=0.5 --set output.time_scale="$xi"
       --set 'observables=["kurtosis","negative-density"]')
if [ "${FULL:-0}" = 1 ]; then
  full=(examples/hardrods-fig6.json --set 'sweep.values=[2]' --set perturbations.0.xi="$xi"
        --set "times={\"at\":[$at]}" --set grid.points=40 --set grid.min=-5 --set grid.max=5
        --set solver.z_points=64 --set solver.time_step=1 --set output.time_scale="$xi"
        --set stages.0.from=1e9 --set solver.conservation=1e-5 --set solver.negative_tail=1e-4
        --set 'observables=["kurtosis","negative-density","total-energy"]')
  fw=full-window; mkdir -p "$out/$fw"
  run "$fw/two-point" "${full[@]}" --set truncation.name=two-point
  run "$fw/two-point-dt05" "${full[@]}" --set truncation.name=two-point --set solver.time_step=0.5
  run "$fw/two-point-converged" "${full[@]}" --set truncation.name=two-point --set grid.points=86 \
    --set solver.z_points=128 --set solver.time_step=0.5
  for from in $(echo "$at" | tr , '\n' | awk '$1 > 17 && $1 < 100'); do
    run "$fw/two-point-landau-$(printf '%.4g' "$from")" "${full[@]}" --set truncation.name=two-point \
      --set stages.0.from="$from" --set 'observables=["kurtosis"]'
  done
  run "$fw/three-point" "${full[@]}" --set truncation.name=three-point --set solver.g3_points=64 \
    --set solver.g3_precision=single --set solver.conservation="${CONS3:-1e-4}"
  [ -z "${DT3:-}" ] || run "$fw/three-point-dt$(echo "$DT3" | tr -d .)" "${full[@]}" \
    --set truncation.name=three-point --set solver.g3_points=64 --set solver.g3_precision=single \
    --set solver.conservation="${CONS3:-1e-4}" --set solver.time_step="$DT3"
  [ -z "${G3W:-}" ] || run "$fw/three-point-g$G3W" "${full[@]}" --set truncation.name=three-point \
    --set solver.g3_points="$G3W" --set solver.g3_precision=single \
    --set "times={\"at\":[$(echo "$at" | tr , '\n' | awk '$1 <= 36' | paste -sd,)]}"
  if [ -n "${N3:-}" ]; then # the rapidity check: N3 rapidities, both layers, to t = N3_END (35)
    n3at="${N3_AT:-$(echo "$at" | tr , '\n' | awk -v e="${N3_END:-36}" '$1 <= e' | paste -sd,)}"
    n3="$fw-n$N3${N3_DT:+-dt$(echo "$N3_DT" | tr -d .)}"
    short=(--set grid.points="$N3" --set solver.g3_points=64 --set solver.g3_precision=single
           --set "times={\"at\":[$n3at]}" --set solver.time_step="${N3_DT:-1}"
           --set solver.negative_tail="${N3_TAIL:-1e-4}")
    run "$n3/two-point" "${full[@]}" "${short[@]}" --set truncation.name=two-point \
      ${N3_CONS:+--set solver.conservation="$N3_CONS"}
    run "$n3/three-point" "${full[@]}" "${short[@]}" --set truncation.name=three-point \
      --set solver.conservation="${N3_CONS:-${CONS3:-1e-4}}"
    java examples/LateRateTable.java --full "$out/$n3" > "$out/$n3.md"
  fi
  md=("$judge/md-xi5")
  grep -q '^2,100,' "$judge/md-xi5/sweep.csv" 2>/dev/null || { md=(); echo "late-rate-xi5: no MD to" \
    "t = 100 in $judge/md-xi5: run MD_LATE=1 examples/md-judge-shortrange.sh (OUT=$judge, a fresh" \
    "one, XIS=5 V0S=2 T3_XIS= for this run alone); the MD columns stay empty" >&2; }
  java examples/LateRateTable.java --full "$out/$fw" ${md[@]+"${md[@]}"} > "$out/full-window.md"
  cat "$out/full-window.md"; exit 0
fi
handoff=(--set stages.0.from="$end")
run two-point "${grids[@]}" --set truncation.name=two-point --set stages.0.from=1e9
run kubo "${grids[@]}" --set stages.0.from=1e9
run two-point-landau "${grids[@]}" --set truncation.name=two-point "${handoff[@]}"
run kubo-landau "${grids[@]}" "${handoff[@]}"
run landau examples/hardrods-landau.json --set perturbations.0.xi="$xi" \
  --set 'sweep={"parameter":"perturbations.0.V0","values":[2]}' \
  --set "times={\"at\":[$at]}" --set solver.linearise=0 \
  --set 'observables=["kurtosis","landau-kurtosis-rate"]'
[ -s "$judge/3pt-xi5-v2/$v/observables.csv" ] || {
  echo "late-rate-xi5: no three-point run in $judge/3pt-xi5-v2: run examples/md-judge-shortrange.sh" \
       "(OUT=$judge XIS=5 V0S=2 for this run alone); the table leaves its columns empty" >&2; }
if [ "$CONV" = 1 ]; then
  conv=(--set "times={\"at\":[$(echo "$at" | tr , '\n' | awk -v c="$CONV_END" '$1 <= c' | paste -sd,)]}"
        --set truncation.name=three-point --set stages.0.from=1e9)
  run three-point-n72 "${grids[@]}" "${conv[@]}" --set grid.points=72
  run three-point-g12 "${grids[@]}" "${conv[@]}" --set solver.g3_points=$((G3 * 3 / 2))
fi
java examples/LateRateTable.java "$out" "$judge/3pt-xi5-v2" > "$out/rates.md"
cat "$out/rates.md"
