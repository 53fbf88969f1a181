using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using PoliceSocial.Classification.Model;

namespace PoliceSocial.Benchmarks;

/// <summary>
/// Model load time: reading the embedded model and making the first prediction. The cold job starts a fresh process
/// for every measurement (JIT and all, as after a deployment or scale-out); the warm job loads again in a warm process.
/// </summary>
[SimpleJob(RunStrategy.ColdStart, RuntimeMoniker.Net10_0, launchCount: 5, warmupCount: 0, iterationCount: 1, id: "Cold")]
[SimpleJob(RunStrategy.Monitoring, RuntimeMoniker.Net10_0, warmupCount: 2, iterationCount: 10, id: "Warm")]
public class ClassifierModelLoadBenchmarks
{
    [Benchmark(Description = "Load the shipped model and classify once")]
    public float LoadAndPredict()
    {
        using var model = MentionModel.LoadShipped();
        return model.Predict("Is the A470 still closed?").UrgentProbability;
    }
}
