namespace Timeline.Bench.Archive;

/// <summary>Publishers of the synthetic archive: wire services are reprinted by the others.</summary>
public static class Outlets
{
    public static readonly (string Name, string Domain)[] Wires =
    [
        ("Reuters", "reuters.example"), ("Associated Press", "apnews.example"), ("Agence France-Presse", "afp.example"),
        ("Xinhua", "xinhua.example"),
    ];

    public static readonly (string Name, string Domain)[] Papers =
    [
        ("South China Morning Post", "scmp.example"), ("The Guardian", "guardian.example"), ("Nikkei Asia", "nikkei.example"),
        ("Global Times", "globaltimes.example"), ("The Straits Times", "straitstimes.example"), ("CNBC", "cnbc.example"),
        ("Bloomberg", "bloomberg.example"), ("The Hindu", "thehindu.example"), ("Channel NewsAsia", "cna.example"),
        ("Al Jazeera", "aljazeera.example"), ("Deutsche Welle", "dw.example"), ("The Japan Times", "japantimes.example"),
        ("Voice of America", "voa.example"), ("Caixin", "caixin.example"), ("Yonhap", "yonhap.example"),
        ("ABC News", "abc.example"), ("The Diplomat", "thediplomat.example"), ("Politico", "politico.example"),
        ("Radio Free Asia", "rfa.example"), ("EconoTimes", "econotimes.example"), ("Taipei Times", "taipeitimes.example"),
        ("Financial Review", "afr.example"), ("Korea Herald", "koreaherald.example"), ("Euronews", "euronews.example"),
    ];
}
