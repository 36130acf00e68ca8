using Pipework.Diagnostics;

namespace ExplainerSite.SocialCards;

/// <summary>Error texts of social cards (ES23xx): the theme's card template and fonts.</summary>
public static class CardErrors
{
    public static readonly DiagnosticDescriptor TemplateMissing = new(
        "ES2301", "socialCards is on but the theme has no card template ({0})",
        "Add theme/cards/card.svg.liquid (an SVG of 1200×630 written in Liquid), or set socialCards: false in input/site.yml.");
    public static readonly DiagnosticDescriptor FontsMissing = new(
        "ES2302", "socialCards is on but theme/cards/ holds no font file (.ttf or .otf)",
        "Cards are drawn only with the theme's own fonts, so they look the same on every machine: add one, e.g. DejaVuSans-Bold.ttf.");
    public static readonly DiagnosticDescriptor FontUnreadable = new(
        "ES2303", "'{0}' is not a font Skia can read", "Use a TrueType (.ttf) or OpenType (.otf) file.");
    public static readonly DiagnosticDescriptor NotSvg = new(
        "ES2304", "the card template did not render an SVG of {1}×{2} for this page: {0}",
        "theme/cards/card.svg.liquid must write one <svg> element with width=\"1200\" height=\"630\"; values are XML-escaped by the template.");
}
