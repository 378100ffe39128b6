using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(BotForge.Benchmarks.StageBenchmarks).Assembly).Run(args);
