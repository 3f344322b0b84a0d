#!/usr/bin/env python3
"""Runs nn-bench and peers.py back to back and prints the comparison table
(markdown) that benchmarks/RESULTS.md keeps, with the ratios the targets use.

    swift build -c release --product nn-bench
    python3 benchmarks/compare.py [--rounds 2] > /tmp/table.md

Each round runs ours, then the peers; with several rounds, each number is
the best round's (least disturbed by other work on a shared machine).
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BENCH = os.path.join(ROOT, ".build", "release", "nn-bench")


def lines(cmd, env=None):
    out = subprocess.run(cmd, capture_output=True, text=True, env=env).stdout
    return [json.loads(l) for l in out.splitlines() if l.startswith("{")]


def key(r):
    return (r.get("tool", "nn"), r["workload"], r.get("threads", 1), r.get("n"), r.get("precision"))


def better(a, b):
    if a is None:
        return b
    if "gflops" in b:
        return b if b["gflops"] > a["gflops"] else a
    return b if b.get("cpu_seconds", b["seconds"]) < a.get("cpu_seconds", a["seconds"]) else a


def ms(x):
    return f"{x * 1e3:.1f}" if x < 1 else f"{x:.2f} s"


def main():
    rounds = int(sys.argv[sys.argv.index("--rounds") + 1]) if "--rounds" in sys.argv else 1
    best = {}
    for _ in range(rounds):
        results = lines([BENCH])
        results += [dict(r, tool="nn", threads=1) for r in lines([BENCH, "W4"], env=dict(os.environ, NN_THREADS="1"))]
        blas_env = dict(os.environ, NN_BLAS="on", OPENBLAS_CORETYPE=os.environ.get("OPENBLAS_CORETYPE", "SkylakeX"))
        results += [dict(r, tool="nn-openblas") for r in lines([BENCH, "W5"], env=blas_env)
                    if r.get("backend", "").startswith("lib")]
        results += lines([sys.executable, os.path.join(HERE, "peers.py")])
        for r in results:
            if "workload" in r:
                r.setdefault("threads", 2 if r["workload"] == "W4" and "tool" not in r else 1)
                best[key(r)] = better(best.get(key(r)), r)
    get = lambda tool, w, threads=1: best.get((tool, w, threads, None, None))

    print("Times in ms: wall-clock / CPU time of the process (median of 5 runs each).")
    print("Ratios: CPU time (steady on a shared machine), then wall-clock.")
    print("nn: trained like the peers' loops (W2-W4: no pass over all the training data")
    print("after each epoch, `evaluatesEachEpoch` false); \"with evaluation\": `train`'s")
    print("default, which measures the exact cost over all the data after every epoch.")
    print()
    print("| workload | nn float64 | PyTorch float32, 1 thread | NumPy float64 | nn vs PyTorch | nn vs NumPy | target "
          "| nn with evaluation (CPU) vs PyTorch, NumPy | result check (nn) |")
    print("|---|---|---|---|---|---|---|---|---|")
    targets = {"W1": (100, 10), "W2": (10, 2), "W3": (10, 2)}
    for w in ("W1", "W2", "W3"):
        ours, torch, numpy = get("nn", w), get("pytorch", w), get("numpy", w)
        if not ours:
            continue
        check = f"cost {ours['cost']:.4g}"
        if "accuracy" in ours:
            check += f", accuracy {ours['accuracy']:.4f}"
        if "test_accuracy" in ours:
            check += f", test accuracy {ours['test_accuracy']:.4f}"
        cell = lambda r: f"{ms(r['seconds'])} / {ms(r['cpu_seconds'])}" if r else "-"
        ratio = lambda r: (f"{r['cpu_seconds'] / ours['cpu_seconds']:.1f}x / {r['seconds'] / ours['seconds']:.1f}x"
                           if r else "-")
        t = targets[w]
        full = "same (full batch)"
        if "cpu_seconds_with_evaluation" in ours:
            c = ours["cpu_seconds_with_evaluation"]
            vs = lambda r: f"{r['cpu_seconds'] / c:.1f}x" if r else "-"
            full = f"{ms(c)}: {vs(torch)}, {vs(numpy)}"
        print(f"| {w} | {cell(ours)} | {cell(torch)} | {cell(numpy)} | {ratio(torch)} | {ratio(numpy)} "
              f"| ≥{t[0]}x, ≥{t[1]}x | {full} | {check} |")
    print()
    print("| W4 (samples/s, wall) | nn float64 | PyTorch float32 | NumPy float64 | nn / PyTorch | nn with evaluation |")
    print("|---|---|---|---|---|---|")
    for threads in (1, 2):
        ours, torch, numpy = get("nn", "W4", threads), get("pytorch", "W4", threads), get("numpy", "W4", threads)
        f = lambda r: f"{r['samples_per_second']:.0f} ({r['seconds']:.2f} s, CPU {r['cpu_seconds']:.2f} s)" if r else "-"
        ratio = f"{ours['samples_per_second'] / torch['samples_per_second']:.2f}x" if ours and torch else "-"
        full = (f"{ours['seconds_with_evaluation']:.2f} s, CPU {ours['cpu_seconds_with_evaluation']:.2f} s"
                if ours and "seconds_with_evaluation" in ours else "-")
        print(f"| {threads} thread{'s' if threads > 1 else ''} | {f(ours)} | {f(torch)} | {f(numpy)} | {ratio} | {full} |")
    print()
    print("| W5 n | threads | nn float64 GFLOP/s (GFLOP per CPU-second) | OpenBLAS float64, NumPy's | nn / OpenBLAS | OpenBLAS float32 | MKL float64, PyTorch's | MKL float32 |")
    print("|---|---|---|---|---|---|---|---|")
    for n in (256, 512, 1024):
        for threads in (1, 2):
            ours = best.get(("nn", "W5", threads, n, "float64"))
            ob64 = best.get(("numpy-openblas", "W5", threads, n, "float64"))
            ob32 = best.get(("numpy-openblas", "W5", threads, n, "float32"))
            mk64 = best.get(("pytorch-mkl", "W5", threads, n, "float64"))
            mk32 = best.get(("pytorch-mkl", "W5", threads, n, "float32"))
            f = lambda r: f"{r['gflops']:.1f} ({r['cpu_gflops']:.1f})" if r else "-"
            ratio = (f"{ours['gflops'] / ob64['gflops'] * 100:.0f}% ({ours['cpu_gflops'] / ob64['cpu_gflops'] * 100:.0f}%)"
                     if ours and ob64 else "-")
            print(f"| {n} | {threads} | {f(ours)} | {f(ob64)} | {ratio} | {f(ob32)} | {f(mk64)} | {f(mk32)} |")
    print()
    print("Raw JSON lines (best round of each):")
    print()
    for k in sorted(best, key=str):
        print("    " + json.dumps(best[k]))


if __name__ == "__main__":
    main()
