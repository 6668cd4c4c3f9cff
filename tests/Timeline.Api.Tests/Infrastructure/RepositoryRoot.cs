namespace Timeline.Api.Tests.Infrastructure;

/// <summary>The repository folder (the one holding Timeline.sln), found upwards from the test binaries.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Timeline.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Timeline.sln above {AppContext.BaseDirectory}.");
    }
}
