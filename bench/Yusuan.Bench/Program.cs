using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Yusuan.Bench -- --filter '*' --job short
BenchmarkSwitcher.FromAssembly(typeof(Yusuan.Bench.ReadSeedBenchmarks).Assembly).Run(args);
