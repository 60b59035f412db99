using BenchmarkDotNet.Running;
using ServiceDeskBot.Benchmarks;

// "--quick" is ours, not BenchmarkDotNet's: a command-line job would run beside the configured jobs, not instead.
RunLength.Quick = args.Contains(RunLength.QuickSwitch, StringComparer.Ordinal);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly)
    .Run(args.Where(a => a != RunLength.QuickSwitch).ToArray());
