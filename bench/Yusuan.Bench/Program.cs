using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Yusuan.Bench -- --filter '*' --job short --inProcess
// (--inProcess avoids BenchmarkDotNet's 2-minute rebuild timeout on a busy machine)
// dotnet run -c Release --project bench/Yusuan.Bench -- phases DIR…   (where a batch's time goes, per file and phase)
if (args is ["phases", .. var dirs]) Yusuan.Bench.BatchPhases.Run(dirs);
else BenchmarkSwitcher.FromAssembly(typeof(Yusuan.Bench.ReadSeedBenchmarks).Assembly).Run(args);
