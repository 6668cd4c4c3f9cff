using Timeline.Api.Tests.Infrastructure;

namespace Timeline.Api.Tests.Exports;

/// <summary>Scripted events whose titles carry what breaks naive writers: commas, quotes, semicolons, formulas, non-ASCII, length.</summary>
public static class ExportSeed
{
    public const string LongTitle = "Tariffs on steel; aluminium, \"chips\" and a backslash \\ — 中国商务部 says the measures are unilateral bullying and will be answered in kind";

    public static async Task PostAsync(HttpClient writer)
    {
        await writer.PostTextAsync("A.\ncall|041|2025-05-22|Geneva, Switzerland|ma-zhaoxu,christopher-landau|Ma and Landau call, \"briefly\"; agree", "https://a.example/1", "Reuters", "2025-05-23");
        await writer.PostTextAsync("B.\nmeeting|040|2025-05||scott-bessent,he-lifeng|=HYPERLINK(\"http://evil.example\") Geneva talks", "https://b.example/1", "Xinhua", "2025-05-30");
        await writer.PostTextAsync($"C.\ntariff|172|2025||united-states,china|{LongTitle}", "https://c.example/1", "AP", "2025-12-31");
        await writer.PostTextAsync("D.\nstatement|010|||china|An undated statement", "https://d.example/1", "AP");
        await writer.PostTextAsync("E.\ncall|041|2025-05-22|Geneva, Switzerland|ma-zhaoxu,christopher-landau|Ma and Landau call, \"briefly\"; agree", "https://e.example/1", "reuters", "2025-05-24");
    }
}
