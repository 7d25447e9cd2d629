using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Yusuan.Bench -- --filter '*' --job short --inProcess
// (--inProcess avoids BenchmarkDotNet's 2-minute rebuild timeout on a busy machine)
BenchmarkSwitcher.FromAssembly(typeof(Yusuan.Bench.ReadSeedBenchmarks).Assembly).Run(args);
