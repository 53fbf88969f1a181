using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using PoliceSocial.Classification;
using PoliceSocial.Classification.Model;

namespace PoliceSocial.Benchmarks;

/// <summary>
/// Classifications per second on one core: the whole local classifier (text preparation, the ML.NET model, the urgency
/// and cue rules, language detection) over a mix of mentions, on a single thread.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(OneCore))]
public class ClassifierThroughputBenchmarks
{
    private MentionModel _model = null!;
    private LocalMentionClassifier _classifier = null!;

    [GlobalSetup]
    public void Setup()
    {
        _model = MentionModel.LoadShipped();
        _classifier = new LocalMentionClassifier(_model);
    }

    [GlobalCleanup]
    public void Cleanup() => _model.Dispose();

    [Benchmark(OperationsPerInvoke = 16, Description = "Classify one mention (local model + rules)")]
    public int Classify()
    {
        var urgent = 0;
        foreach (var text in SampleMentions.Texts)
        {
            if (_classifier.Classify(text).Urgent)
            {
                urgent++;
            }
        }

        return urgent;
    }

    /// <summary>
    /// One thread classifies one mention after another, so the figure is what one core does. (Pinning the process to
    /// a CPU with an affinity mask measured the neighbours' load on that CPU instead on a shared machine.)
    /// </summary>
    private sealed class OneCore : ManualConfig
    {
        public OneCore() => AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(15).WithId("OneThread"));
    }
}
