using Microsoft.Playwright;

namespace SpatialPlan.E2E.Tests;

/// <summary>
/// The visible text of the page that is in the page's own language: every visible text node except those inside an
/// element tagged with another language (names, the plan's quoted sentences, recorded provenance) and form options.
/// </summary>
public static class PageText
{
    private const string Script = """
        skipLang => {
          const out = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const el = node.parentElement;
            const text = node.textContent.trim();
            if (!text || !el || el.closest('script, style, select, option')) continue;
            if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: false })) continue;
            const tagged = el.closest('[lang]');
            if (tagged && tagged !== document.documentElement && tagged.lang.startsWith(skipLang)) continue;
            out.push(text);
          }
          return out;
        }
        """;

    /// <summary>The visible texts, leaving out those tagged with <paramref name="otherLanguage"/> ("zh" or "en").</summary>
    public static Task<string[]> VisibleAsync(IPage page, string otherLanguage) => page.EvaluateAsync<string[]>(Script, otherLanguage);
}
