#!/usr/bin/env python3
"""The nn-bench workloads W1-W5 in PyTorch (float32) and vectorized NumPy
(float64), printing JSON lines shaped like `swift run -c release nn-bench`.

Run by hand, on the same machine and in the same session as nn-bench (ratios
only mean something side by side):

    python3 benchmarks/peers.py            # everything
    python3 benchmarks/peers.py W1 W5      # some workloads

Each tool and thread count runs in its own child process, so the BLAS and
OpenMP thread pools are sized before they start (OPENBLAS_NUM_THREADS,
OMP_NUM_THREADS, torch.set_num_threads). Timings are the median of 5 runs of
the training loop alone, as in nn-bench: wall-clock `seconds`, and
`cpu_seconds`, the process's CPU time (steadier on a shared machine). PyTorch is optional: without it,
only NumPy runs.
"""
import json
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RESOURCES = os.path.join(ROOT, "Sources", "NeuralEngine", "Resources")
WORKLOADS = ["W1", "W2", "W3", "W4", "W5"]


def emit(**fields):
    print(json.dumps(fields), flush=True)


def median_time(run, runs=5):
    """Median wall-clock and median process CPU seconds of `runs` calls."""
    walls, cpus = [], []
    for _ in range(runs):
        start, cpu = time.perf_counter(), time.process_time()
        run()
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    return sorted(walls)[runs // 2], sorted(cpus)[runs // 2]


def load_csv(name):
    import numpy as np
    with open(os.path.join(RESOURCES, name)) as f:
        header = f.readline()
        rows = [line.strip().split(",") for line in f if line.strip()]
    x = np.array([[float(v) for v in r[:-1]] for r in rows])
    labels = [r[-1] for r in rows]
    classes = sorted(set(labels), key=lambda s: (len(s), s))
    y = np.array([classes.index(v) for v in labels])
    return x, y


def datasets():
    """W1-W4 data, the same definitions as nn-bench (the random draws differ)."""
    import numpy as np
    xor_x = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
    xor_y = np.array([[0], [1], [1], [0]], dtype=float)
    iris_x, iris_y = load_csv("iris.csv")
    iris_x = (iris_x - iris_x.mean(0)) / iris_x.std(0)
    digits_x, digits_y = load_csv("digits.csv")
    digits_x = digits_x / 16
    order = np.random.RandomState(3).permutation(len(digits_x))
    cut = int(round(len(digits_x) * 0.8))
    digits = (digits_x[order[:cut]], digits_y[order[:cut]], digits_x[order[cut:]], digits_y[order[cut:]])
    rng = np.random.RandomState(4)
    mnist_x = rng.random_sample((60000, 784))
    mnist_y = rng.randint(0, 10, 60000)
    return {"W1": (xor_x, xor_y), "W2": (iris_x, iris_y), "W3": digits, "W4": (mnist_x, mnist_y)}


# ---------------------------------------------------------------- PyTorch

def torch_part(threads, wanted):
    import torch
    torch.set_num_threads(threads)
    data = datasets()
    tool = "pytorch"

    def mlp(sizes, hidden, output=None):
        layers = []
        for i in range(len(sizes) - 1):
            layers.append(torch.nn.Linear(sizes[i], sizes[i + 1]))
            if i < len(sizes) - 2:
                layers.append(hidden())
        if output:
            layers.append(output())
        return torch.nn.Sequential(*layers)

    def train(model, x, y, loss_fn, opt, epochs, batch):
        m = x.shape[0]
        for _ in range(epochs):
            if batch >= m:
                batches = [slice(None)]
            else:
                perm = torch.randperm(m)
                batches = [perm[i:i + batch] for i in range(0, m, batch)]
            for idx in batches:
                opt.zero_grad()
                loss = loss_fn(model(x[idx]), y[idx])
                loss.backward()
                opt.step()

    def run(workload, build, x, y, loss_fn, lr, epochs, batch, momentum=0.0):
        def once():
            torch.manual_seed(1)
            model = build()
            opt = torch.optim.SGD(model.parameters(), lr=lr, momentum=momentum)
            start, cpu = time.perf_counter(), time.process_time()
            train(model, x, y, loss_fn, opt, epochs, batch)
            return time.perf_counter() - start, time.process_time() - cpu, model
        runs = [once() for _ in range(5)]
        return sorted(r[0] for r in runs)[2], sorted(r[1] for r in runs)[2], runs[-1][2]

    f32 = lambda a: torch.tensor(a, dtype=torch.float32)
    if "W1" in wanted:
        x, y = map(f32, data["W1"])
        seconds, cpu, model = run("W1", lambda: mlp([2, 4, 1], torch.nn.Tanh, torch.nn.Sigmoid), x, y,
                             torch.nn.MSELoss(), 0.5, 10000, 4)
        with torch.no_grad():
            cost = torch.nn.MSELoss()(model(x), y).item()
        emit(workload="W1", tool=tool, threads=threads, seconds=seconds, cpu_seconds=cpu, cost=cost,
             us_per_update=seconds / 10000 * 1e6)
    if "W2" in wanted:
        x, y = f32(data["W2"][0]), torch.tensor(data["W2"][1])
        seconds, cpu, model = run("W2", lambda: mlp([4, 16, 3], torch.nn.ReLU), x, y,
                             torch.nn.CrossEntropyLoss(), 0.1, 200, 16)
        with torch.no_grad():
            out = model(x)
            cost = torch.nn.CrossEntropyLoss()(out, y).item()
            accuracy = (out.argmax(1) == y).float().mean().item()
        emit(workload="W2", tool=tool, threads=threads, seconds=seconds, cpu_seconds=cpu, cost=cost, accuracy=accuracy,
             us_per_update=seconds / 2000 * 1e6)
    if "W3" in wanted:
        xtr, ytr, xte, yte = data["W3"]
        xtr, xte = f32(xtr), f32(xte)
        ytr, yte = torch.tensor(ytr), torch.tensor(yte)
        seconds, cpu, model = run("W3", lambda: mlp([64, 64, 10], torch.nn.ReLU), xtr, ytr,
                             torch.nn.CrossEntropyLoss(), 0.1, 50, 32, momentum=0.9)
        with torch.no_grad():
            accuracy = (model(xte).argmax(1) == yte).float().mean().item()
            cost = torch.nn.CrossEntropyLoss()(model(xtr), ytr).item()
        updates = 50 * ((len(xtr) + 31) // 32)
        emit(workload="W3", tool=tool, threads=threads, seconds=seconds, cpu_seconds=cpu, cost=cost, test_accuracy=accuracy,
             us_per_update=seconds / updates * 1e6)
    if "W4" in wanted:
        x, y = f32(data["W4"][0]), torch.tensor(data["W4"][1])
        seconds, cpu, model = run("W4", lambda: mlp([784, 128, 10], torch.nn.ReLU), x, y,
                             torch.nn.CrossEntropyLoss(), 0.01, 1, 64)
        with torch.no_grad():
            cost = torch.nn.CrossEntropyLoss()(model(x), y).item()
        emit(workload="W4", tool=tool, threads=threads, seconds=seconds, cpu_seconds=cpu, samples_per_second=60000 / seconds,
             cost=cost)
    if "W5" in wanted:
        for dtype, precision in ((torch.float32, "float32"), (torch.float64, "float64")):
            for n in (256, 512, 1024):
                a = torch.rand(n, n, dtype=dtype)
                b = torch.rand(n, n, dtype=dtype)
                repeats = max(1, (1024 // n) ** 2 // 2)
                torch.mm(a, b)
                seconds, cpu = median_time(lambda: [torch.mm(a, b) for _ in range(repeats)])
                seconds, cpu = seconds / repeats, cpu / repeats
                emit(workload="W5", tool="pytorch-mkl", n=n, threads=threads, precision=precision,
                     gflops=2 * n ** 3 / seconds / 1e9, seconds=seconds,
                     cpu_gflops=2 * n ** 3 / cpu / 1e9)


# ---------------------------------------------------------------- NumPy

def numpy_part(threads, wanted):
    import numpy as np
    data = datasets()
    tool = "numpy"

    class MLP:
        """A float64 dense network, vectorized over the batch, with hand-written backprop."""

        def __init__(self, sizes, hidden, output, rng):
            self.W = [rng.uniform(-1, 1, (sizes[i + 1], sizes[i])) * np.sqrt(6 / (sizes[i] + sizes[i + 1]))
                      for i in range(len(sizes) - 1)]
            self.b = [np.zeros(s) for s in sizes[1:]]
            self.hidden, self.output = hidden, output
            self.v = None

        def forward(self, x):
            acts = [x]
            for l, (W, b) in enumerate(zip(self.W, self.b)):
                z = acts[-1] @ W.T + b
                last = l == len(self.W) - 1
                if not last:
                    a = np.tanh(z) if self.hidden == "tanh" else np.maximum(z, 0)
                elif self.output == "sigmoid":
                    a = 1 / (1 + np.exp(-z))
                else:
                    e = np.exp(z - z.max(1, keepdims=True))
                    a = e / e.sum(1, keepdims=True)
                acts.append(a)
            return acts

        def cost(self, x, y):
            out = self.forward(x)[-1]
            if self.output == "sigmoid":
                return np.mean((out - y) ** 2)
            return -np.mean(np.log(out[np.arange(len(y)), y] + 1e-300))

        def step(self, x, y, lr, momentum=0.0):
            acts = self.forward(x)
            out, m = acts[-1], len(x)
            if self.output == "sigmoid":   # mse
                d = 2 * (out - y) / out.size * out * (1 - out)
            else:                          # softmax + cross-entropy
                d = out.copy()
                d[np.arange(m), y] -= 1
                d /= m
            grads = []
            for l in range(len(self.W) - 1, -1, -1):
                grads.append((d.T @ acts[l], d.sum(0)))
                if l > 0:
                    d = d @ self.W[l]
                    d *= (1 - acts[l] ** 2) if self.hidden == "tanh" else (acts[l] > 0)
            grads.reverse()
            if momentum:
                if self.v is None:
                    self.v = [(np.zeros_like(W), np.zeros_like(b)) for W, b in zip(self.W, self.b)]
                for l, (gW, gb) in enumerate(grads):
                    vW, vb = self.v[l]
                    vW *= momentum; vW += gW
                    vb *= momentum; vb += gb
                    self.W[l] -= lr * vW
                    self.b[l] -= lr * vb
            else:
                for l, (gW, gb) in enumerate(grads):
                    self.W[l] -= lr * gW
                    self.b[l] -= lr * gb

    def run(sizes, hidden, output, x, y, lr, epochs, batch, momentum=0.0):
        def once():
            rng = np.random.RandomState(1)
            net = MLP(sizes, hidden, output, rng)
            m = len(x)
            start, cpu = time.perf_counter(), time.process_time()
            for _ in range(epochs):
                if batch >= m:
                    net.step(x, y, lr, momentum)
                else:
                    perm = rng.permutation(m)
                    for i in range(0, m, batch):
                        idx = perm[i:i + batch]
                        net.step(x[idx], y[idx], lr, momentum)
            return time.perf_counter() - start, time.process_time() - cpu, net
        runs = [once() for _ in range(5)]
        return sorted(r[0] for r in runs)[2], sorted(r[1] for r in runs)[2], runs[-1][2]

    if "W1" in wanted:
        x, y = data["W1"]
        seconds, cpu, net = run([2, 4, 1], "tanh", "sigmoid", x, y, 0.5, 10000, 4)
        emit(workload="W1", tool=tool, threads=threads, seconds=seconds, cpu_seconds=cpu, cost=net.cost(x, y),
             us_per_update=seconds / 10000 * 1e6)
    if "W2" in wanted:
        x, y = data["W2"]
        seconds, cpu, net = run([4, 16, 3], "relu", "softmax", x, y, 0.1, 200, 16)
        accuracy = float(np.mean(net.forward(x)[-1].argmax(1) == y))
        emit(workload="W2", tool=tool, threads=threads, seconds=seconds, cpu_seconds=cpu, cost=net.cost(x, y), accuracy=accuracy,
             us_per_update=seconds / 2000 * 1e6)
    if "W3" in wanted:
        xtr, ytr, xte, yte = data["W3"]
        seconds, cpu, net = run([64, 64, 10], "relu", "softmax", xtr, ytr, 0.1, 50, 32, momentum=0.9)
        accuracy = float(np.mean(net.forward(xte)[-1].argmax(1) == yte))
        updates = 50 * ((len(xtr) + 31) // 32)
        emit(workload="W3", tool=tool, threads=threads, seconds=seconds, cpu_seconds=cpu, cost=net.cost(xtr, ytr),
             test_accuracy=accuracy, us_per_update=seconds / updates * 1e6)
    if "W4" in wanted:
        x, y = data["W4"]
        seconds, cpu, net = run([784, 128, 10], "relu", "softmax", x, y, 0.01, 1, 64)
        emit(workload="W4", tool=tool, threads=threads, seconds=seconds, cpu_seconds=cpu, samples_per_second=60000 / seconds,
             cost=net.cost(x, y))
    if "W5" in wanted:
        for dtype, precision in ((np.float32, "float32"), (np.float64, "float64")):
            for n in (256, 512, 1024):
                rng = np.random.RandomState(5)
                a = rng.random_sample((n, n)).astype(dtype)
                b = rng.random_sample((n, n)).astype(dtype)
                repeats = max(1, (1024 // n) ** 2 // 2)
                a @ b
                seconds, cpu = median_time(lambda: [a @ b for _ in range(repeats)])
                seconds, cpu = seconds / repeats, cpu / repeats
                emit(workload="W5", tool="numpy-openblas", n=n, threads=threads, precision=precision,
                     gflops=2 * n ** 3 / seconds / 1e9, seconds=seconds,
                     cpu_gflops=2 * n ** 3 / cpu / 1e9)


# ---------------------------------------------------------------- driver

def main():
    args = sys.argv[1:]
    if args and args[0] == "--part":
        part, threads, wanted = args[1], int(args[2]), set(args[3:])
        (torch_part if part == "torch" else numpy_part)(threads, wanted)
        return
    wanted = [w.upper() for w in args] or WORKLOADS
    try:
        import torch  # noqa: F401
        parts = ["torch", "numpy"]
    except ImportError:
        emit(note="PyTorch is not installed: NumPy only")
        parts = ["numpy"]
    for part in parts:
        for threads in (1, 2):
            env = dict(os.environ, OPENBLAS_NUM_THREADS=str(threads), OMP_NUM_THREADS=str(threads),
                       MKL_NUM_THREADS=str(threads))
            # Thread count barely matters for the tiny networks: run them once, on 1 thread.
            chosen = [w for w in wanted if threads == 1 or w in ("W4", "W5")]
            if chosen:
                subprocess.run([sys.executable, os.path.abspath(__file__), "--part", part, str(threads)] + chosen,
                               env=env, check=False)


if __name__ == "__main__":
    main()
