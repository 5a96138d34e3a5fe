#!/usr/bin/env python3
"""The comparison table of examples/ifluid-comparison/README.md from the result CSV files.

    python3 compare.py [FOLDER]      (default: this folder)

Reads ifluid-results.csv, bethefluid-results.csv and rapidity-results*.csv (any that exist;
columns code,problem,cells,rapidities,cfl,steps,dt,l1,max_error,delta_atoms,wall_s,cpu_s) and
prints, per problem, one Markdown table of L1 error and process CPU seconds per grid and code,
then the two goals of issue 15 measured on CPU time: for each rapidity scheme against each
iFluid series, (a) the ratio of iFluid's error to rapidity's at iFluid's CPU time, and (b) the
ratio of iFluid's CPU time to the CPU time rapidity needs for iFluid's error. Both read the
measured grids of a series, in refinement order, as a curve log L1 against log CPU, linear
between consecutive grids, never extrapolated: where iFluid took more CPU than rapidity's finest
grid, (a) is bounded below by rapidity's best error ("≥"); where rapidity's coarsest grid is
already more accurate than iFluid, (b) is bounded below by that grid's CPU ("≥"); otherwise
"-". Only series measured on at least two grids enter the goals.
"""
import csv
import glob
import math
import os
import sys


def load(folder):
    rows = []
    for name in ['ifluid-results.csv', 'bethefluid-results.csv'] + sorted(
            os.path.basename(p) for p in glob.glob(os.path.join(folder, 'rapidity-results*.csv'))):
        path = os.path.join(folder, name)
        if os.path.exists(path):
            with open(path) as f:
                rows.extend(csv.DictReader(f))
    return rows


def series_name(row):
    return f"{row['code']} cfl {float(row['cfl']):g}"


def at_cpu(curve, cpu):
    """L1 of a series at the given CPU seconds: log-log linear between consecutive grids."""
    for p, q in zip(curve, curve[1:]):
        if p['cpu'] <= cpu <= q['cpu'] and p['cpu'] < q['cpu']:
            s = math.log(cpu / p['cpu']) / math.log(q['cpu'] / p['cpu'])
            return math.exp(math.log(p['l1']) + s * math.log(q['l1'] / p['l1']))
    return None


def cpu_for(curve, l1):
    """The least CPU seconds at which a series reaches the error l1: the first pair of
    consecutive grids whose errors bracket it, log-log linear between them."""
    if curve and curve[0]['l1'] <= l1:
        return curve[0]['cpu'] if curve[0]['l1'] == l1 else None
    for p, q in zip(curve, curve[1:]):
        if q['l1'] <= l1 <= p['l1'] and q['l1'] < p['l1']:
            s = math.log(l1 / p['l1']) / math.log(q['l1'] / p['l1'])
            return math.exp(math.log(p['cpu']) + s * math.log(q['cpu'] / p['cpu']))
    return None


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    rows = load(folder)
    for problem in ['liebliniger', 'hardrods']:
        sel = [r for r in rows if r['problem'] == problem]
        if not sel:
            continue
        grids = sorted({(int(r['cells']), int(r['rapidities'])) for r in sel})
        names = []
        for r in sel:
            if series_name(r) not in names:
                names.append(series_name(r))
        print(f'\n{problem}: L1 error / CPU seconds\n')
        print('| cells × rapidities | ' + ' | '.join(names) + ' |')
        print('|---' * (len(names) + 1) + '|')
        for g in grids:
            cells = []
            for n in names:
                hit = [r for r in sel if series_name(r) == n
                       and (int(r['cells']), int(r['rapidities'])) == g]
                cells.append(f"{float(hit[-1]['l1']):.2e} / {float(hit[-1]['cpu_s']):.2f} s"
                             if hit else '')
            print(f'| {g[0]} × {g[1]} | ' + ' | '.join(cells) + ' |')
        curves = {}
        for n in names:
            # the grid refinement series only (the coarsest rapidity count per cell count)
            pts = {}
            for r in sel:
                if series_name(r) == n:
                    pts[(int(r['cells']), int(r['rapidities']))] = {
                        'l1': float(r['l1']), 'cpu': max(float(r['cpu_s']), 1e-3)}
            curves[n] = [pts[g] for g in sorted(pts)]  # grid order
        print(f'\n{problem}: goals on CPU time (a: iFluid L1 / rapidity L1 at iFluid\'s CPU;'
              ' b: iFluid CPU / rapidity CPU at iFluid\'s L1)\n')
        refined = [n for n in names if len(curves[n]) > 1]
        for fluid in [n for n in refined if n.startswith('iFluid')]:
            for rap in [n for n in refined if n.startswith('rapidity')]:
                a = []
                b = []
                for p in curves[fluid]:
                    e = at_cpu(curves[rap], p['cpu'])
                    c = cpu_for(curves[rap], p['l1'])
                    last, first = curves[rap][-1], curves[rap][0]
                    if e:
                        a.append(f"{p['l1'] / e:.2f}")
                    elif p['cpu'] > last['cpu']:   # more time than rapidity's finest grid took
                        a.append(f"≥{p['l1'] / min(q['l1'] for q in curves[rap]):.1f}")
                    else:
                        a.append('-')
                    if c:
                        b.append(f"{p['cpu'] / c:.1f}")
                    elif p['l1'] >= first['l1']:   # rapidity's coarsest grid is already better
                        b.append(f"≥{p['cpu'] / first['cpu']:.0f}")
                    else:
                        b.append('-')
                print(f'- {rap} vs {fluid}: a = {", ".join(a)}; b = {", ".join(b)}')


if __name__ == '__main__':
    main()
