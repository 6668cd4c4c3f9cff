using System.ComponentModel.DataAnnotations;

namespace Timeline.Api.Infrastructure;

/// <summary>Settings under "Editing": the editor keys (Editing:Keys:0:Name, Editing:Keys:0:Key, ...).</summary>
public sealed class EditingOptions : IValidatableObject
{
    public const string Section = "Editing";

    public List<EditorKey> Keys { get; set; } = [];

    /// <summary>Articles re-extracted per batch by a re-extraction job (each article is its own transaction).</summary>
    [Range(1, 10_000)]
    public int ReextractionBatchSize { get; set; } = 200;

    /// <summary>Articles of one re-extraction batch extracted and stored at the same time.</summary>
    [Range(1, 64)]
    public int ReextractionParallelism { get; set; } = 4;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        for (var i = 0; i < Keys.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(Keys[i].Name) || Keys[i].Name.Length > 100)
            {
                yield return new ValidationResult($"Editing:Keys:{i}:Name must be 1–100 characters: it is what the history shows.", [nameof(Keys)]);
            }

            if (Keys[i].Key.Length < 16)
            {
                yield return new ValidationResult($"Editing:Keys:{i}:Key must be at least 16 characters.", [nameof(Keys)]);
            }
        }

        if (Keys.Select(k => k.Name).Distinct(StringComparer.Ordinal).Count() != Keys.Count)
        {
            yield return new ValidationResult("Editing:Keys names must differ: the history tells editors apart by name.", [nameof(Keys)]);
        }
    }
}

/// <summary>An editor's key and the name that is stored and logged instead of it.</summary>
public sealed class EditorKey
{
    public string Name { get; set; } = string.Empty;

    public string Key { get; set; } = string.Empty;
}
