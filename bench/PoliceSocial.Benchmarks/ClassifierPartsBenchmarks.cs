using BenchmarkDotNet.Attributes;
using PoliceSocial.Classification.Model;
using PoliceSocial.Classification.Rules;

namespace PoliceSocial.Benchmarks;

/// <summary>Where a classification's time goes: text preparation, features and scoring, the rules.</summary>
[ShortRunJob]
public class ClassifierPartsBenchmarks
{
    private MentionModel _model = null!;

    [GlobalSetup]
    public void Setup() => _model = MentionModel.LoadShipped();

    [Benchmark(OperationsPerInvoke = 16)]
    public int Prepare() => SampleMentions.Texts.Sum(t => MentionText.Prepare(t).Length);

    [Benchmark(OperationsPerInvoke = 16)]
    public int Features() => SampleMentions.Texts.Sum(t => MentionFeatures.Extract(t).Indices.Length);

    [Benchmark(OperationsPerInvoke = 16)]
    public float Predict() => SampleMentions.Texts.Sum(t => _model.Predict(t).UrgentProbability);

    [Benchmark(OperationsPerInvoke = 16)]
    public int UrgencyRulesOnly() => SampleMentions.Texts.Sum(t => (UrgencyRules.FindStrongCue(t)?.Length ?? 0) + (UrgencyRules.FindWeakCue(t)?.Length ?? 0) + (UrgencyRules.FindResolvedCue(t)?.Length ?? 0));

    [Benchmark(OperationsPerInvoke = 16)]
    public int LanguageOnly() => SampleMentions.Texts.Sum(t => LanguageDetector.Detect(t).Length);
}
