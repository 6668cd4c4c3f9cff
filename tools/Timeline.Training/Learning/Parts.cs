namespace Timeline.Training.Learning;

/// <summary>
/// The parts of the annotated data, each a fold: "seeds", "dev_", "ca_", "cb_", "cc_", "na_", "nb_", "nc_". A part is
/// named by the prefix of its files' names (the seeds by their folder).
/// </summary>
public static class Parts
{
    public static readonly IReadOnlyList<string> All = ["dev_", "ca_", "cb_", "cc_", "na_", "nb_", "nc_", "seeds"];

    public static string Of(string goldName)
    {
        var folder = Path.GetDirectoryName(goldName) ?? "";
        if (folder == "seeds")
        {
            return "seeds";
        }

        var file = Path.GetFileName(goldName);
        var underscore = file.IndexOf('_');
        return underscore > 0 ? file[..(underscore + 1)] : file;
    }
}
