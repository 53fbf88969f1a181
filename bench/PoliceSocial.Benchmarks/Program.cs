using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/PoliceSocial.Benchmarks -- --filter '*Classifier*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
