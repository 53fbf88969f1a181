using System.Diagnostics;
using System.Text.Json;
using PoliceSocial.Classification;
using PoliceSocial.Classification.Evaluation;
using PoliceSocial.Classification.Model;
using PoliceSocial.LocalHost.Storage;

namespace PoliceSocial.LocalHost.Commands;

/// <summary>
/// Trains the mention classifier (fixed seed, single thread: the same data gives the same model) and writes it where
/// PoliceSocial.Core embeds it. Prints the held-out and cross-validated figures so each retrain is judged honestly.
/// </summary>
public sealed class TrainClassifierCommand : ICommand
{
    public string Name => "train-classifier";

    public string Summary => "train the mention classifier [--dev FILE] [--out FILE] [--folds N] [--write-held-out FILE] [--list-mistakes]";

    public async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var root = RepositoryRoot.Find();
        var options = CommandOptions.Parse(args);
        var devPath = (options.GetValueOrDefault("--dev") is { } devOption ? CommandOptions.ResolvePath(devOption) : null) ?? Path.GetFullPath(Path.Combine(root, "..", "shared", "data", "mentions-dev.jsonl"));
        var outPath = (options.GetValueOrDefault("--out") is { } o ? CommandOptions.ResolvePath(o) : null) ?? Path.Combine(root, "functions", "PoliceSocial.Core", "Classification", "Model", "mention-model.bin");
        var folds = int.Parse(options.GetValueOrDefault("--folds") ?? "5", System.Globalization.CultureInfo.InvariantCulture);

        var desk = ClassifierTraining.ReadDeskData(Path.Combine(root, "data", "training"));
        IReadOnlyList<LabelledMention> dev = File.Exists(devPath) ? LabelledMention.ReadJsonLines(devPath) : [];
        if (dev.Count == 0)
        {
            await error.WriteLineAsync($"No development set at {devPath}: training on the desk data only, no held-out figures.");
        }

        var training = ClassifierTraining.TrainingRows(desk, dev);
        var heldOut = ClassifierTraining.HeldOutRows(dev);
        await output.WriteLineAsync($"Training on {training.Count} mentions ({desk.Count} desk, {training.Count - desk.Count} from {Path.GetFileName(devPath)}); {heldOut.Count} held out.");

        var watch = Stopwatch.StartNew();
        using var model = ClassifierTraining.Train(training, outPath);
        await output.WriteLineAsync($"Model written to {outPath} in {watch.Elapsed.TotalSeconds:0.0} s. Rebuild PoliceSocial.Core to embed it.");

        if (options.GetValueOrDefault("--write-held-out") is { } heldOutOption)
        {
            var heldOutPath = CommandOptions.ResolvePath(heldOutOption);
            await File.WriteAllLinesAsync(heldOutPath, heldOut.Select(r => JsonSerializer.Serialize(r)), cancellationToken);
            await output.WriteLineAsync($"Held-out rows written to {heldOutPath}.");
        }

        if (heldOut.Count > 0)
        {
            if (options.ContainsKey("--list-mistakes"))
            {
                await ListMistakesAsync(new LocalMentionClassifier(model), heldOut, error);
            }

            await output.WriteLineAsync();
            await output.WriteLineAsync($"== Held out ({HeldOutSplit.HeldOutPercent}% of {Path.GetFileName(devPath)}, never trained on) ==");
            var local = await ClassifierEvaluation.ScoreAsync(new LocalMentionClassifier(model), heldOut, cancellationToken);
            var keyword = await ClassifierEvaluation.ScoreAsync(new KeywordClassifier(), heldOut, cancellationToken);
            await output.WriteLineAsync(ClassifierEvaluation.Format([("model", local), ("keyword baseline", keyword)]));

            await output.WriteLineAsync();
            await output.WriteLineAsync($"== {folds}-fold cross-validation over all of {Path.GetFileName(devPath)} (desk data always in training) ==");
            var (cvModel, cvKeyword) = await ClassifierTraining.CrossValidateAsync(desk, dev, folds, cancellationToken);
            await output.WriteLineAsync(ClassifierEvaluation.Format([("model", cvModel), ("keyword baseline", cvKeyword)]));
        }

        return 0;
    }

    /// <summary>Held-out rows the model got wrong, as "actual -> predicted [cues] text" ("!" marks urgent).</summary>
    private static async Task ListMistakesAsync(LocalMentionClassifier classifier, IReadOnlyList<LabelledMention> rows, TextWriter error)
    {
        foreach (var row in rows)
        {
            var verdict = classifier.Classify(row.Text);
            if (verdict.Label != row.MentionLabel || verdict.Urgent != row.Urgent)
            {
                await error.WriteLineAsync(
                    $"{row.Label}{(row.Urgent ? "!" : "")} -> {verdict.Label.ToWire()}{(verdict.Urgent ? "!" : "")} [{string.Join("; ", verdict.Cues)}] {row.Text}");
            }
        }
    }
}
