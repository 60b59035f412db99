using BenchmarkDotNet.Running;
using ServiceDeskBot.Benchmarks;

if (args.Length == 4 && args[0] == AskLogSeeder.Verb)
{
    return await AskLogSeeder.RunAsync(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture), args[3]);
}

// "--quick" is ours, not BenchmarkDotNet's: a command-line job would run beside the configured jobs, not instead.
RunLength.Quick = args.Contains(RunLength.QuickSwitch, StringComparer.Ordinal);
RunLength.InProcess = args.Contains(RunLength.InProcessSwitch, StringComparer.Ordinal);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly)
    .Run(args.Where(a => a != RunLength.QuickSwitch && a != RunLength.InProcessSwitch).ToArray());
return 0;
