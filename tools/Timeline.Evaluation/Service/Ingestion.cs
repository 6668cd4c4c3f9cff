using Timeline.Evaluation.Gold;
using Timeline.Evaluation.Scoring;

namespace Timeline.Evaluation.Service;

public static class Ingestion
{
    /// <summary>
    /// Posts every article, then reads every article back: a later article may merge into (and change) an event
    /// an earlier one created, so only the state after the last post is scored.
    /// </summary>
    public static async Task<IReadOnlyList<FileOutcome>> RunAsync(
        TimelineClient client, IReadOnlyList<GoldFile> files, TextWriter log, CancellationToken cancellationToken)
    {
        var ids = new string?[files.Count];
        var errors = new string?[files.Count];
        for (var i = 0; i < files.Count; i++)
        {
            try
            {
                ids[i] = (await client.IngestAsync(files[i].Article, cancellationToken)).Id;
            }
            catch (HttpRequestException exception)
            {
                errors[i] = exception.Message;
                log.WriteLine($"ingest failed for {files[i].Name}: {exception.Message}");
            }
        }

        var outcomes = new List<FileOutcome>(files.Count);
        for (var i = 0; i < files.Count; i++)
        {
            if (ids[i] is not { } id)
            {
                outcomes.Add(new FileOutcome(files[i], null, [], errors[i]));
                continue;
            }

            try
            {
                var article = await client.GetArticleAsync(id, cancellationToken);
                outcomes.Add(new FileOutcome(files[i], id, article.Events ?? []));
            }
            catch (HttpRequestException exception)
            {
                log.WriteLine($"read-back failed for {files[i].Name}: {exception.Message}");
                outcomes.Add(new FileOutcome(files[i], id, [], exception.Message));
            }
        }

        return outcomes;
    }
}
