using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Yusuan.Bench -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Yusuan.Bench.CheckBenchmarks).Assembly).Run(args);
