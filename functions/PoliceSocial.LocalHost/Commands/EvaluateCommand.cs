using PoliceSocial.Classification;
using PoliceSocial.Classification.Evaluation;
using PoliceSocial.Classification.Model;

namespace PoliceSocial.LocalHost.Commands;

/// <summary>
/// Scores the shipped local model and the keyword baseline on a labelled JSON Lines file, side by side. The last line
/// is <c>macro-F1 0.xxx urgent-recall 0.xxx urgent-precision 0.xxx</c> for the model.
/// </summary>
public sealed class EvaluateCommand : ICommand
{
    public string Name => "evaluate";

    public string Summary => "evaluate the local model and the keyword baseline: --input FILE (JSON Lines with label, urgent)";

    public async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var options = CommandOptions.Parse(args);
        if (options.GetValueOrDefault("--input") is not { } typed || CommandOptions.ResolvePath(typed) is not { } path || !File.Exists(path))
        {
            await error.WriteLineAsync("evaluate needs --input FILE: JSON Lines {\"id\", \"text\", \"label\", \"urgent\"}.");
            return 2;
        }

        var rows = LabelledMention.ReadJsonLines(path);
        using var model = MentionModel.LoadShipped();
        var local = await ClassifierEvaluation.ScoreAsync(new LocalMentionClassifier(model), rows, cancellationToken);
        var keyword = await ClassifierEvaluation.ScoreAsync(new KeywordClassifier(), rows, cancellationToken);
        await output.WriteLineAsync(ClassifierEvaluation.Format([("model", local), ("keyword baseline", keyword)]));
        return 0;
    }
}
