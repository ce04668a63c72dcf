package org.echotrace.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes lines that are page furniture rather than article: cookie banners, comment prompts, links to
 * other articles, share and subscribe prompts, copyright notices. Every pattern is anchored to the whole
 * line, so words inside a sentence never trigger it.
 */
final class BoilerplateLineFilter implements CleaningStage {

    /** Optional bullet or arrow before a prompt, like "» Read more". */
    private static final String LEAD = "[\\p{Punct}\\p{S}\\s]*";
    private static final String SEPARATOR_AND_REST = "(?:\\s*[:\\-–—»>|]\\s*.*)?";

    /** What a subscribe prompt offers: "our weekly newsletter", "the channel". */
    private static final String OUR_UPDATES =
            "(?:our|the|my) .{0,40}(?:newsletters?|channel|updates|alerts|podcast|feed|e-?mails?)";

    private static final String MINUTES = "(?:min\\.?|mins|minutes?|minuten|minut|minutos)";

    private static final Set<String> SHARE_BUTTON_WORDS = Set.of("facebook", "twitter", "x", "whatsapp",
            "telegram", "linkedin", "email", "e-mail", "mail", "print", "reddit", "pinterest", "share", "tweet",
            "copy", "link", "messenger", "tumblr", "vk", "threads", "bluesky", "flipboard");

    /**
     * A label of the page around the article, alone on its line: a contact or author box's title, a table of
     * contents' title, the category and tag lines, skip links, a reading time.
     */
    private static final String PAGE_LABEL = "(?:(?:kontakt|contact|contacto|contatto|kontaktdaten|pressekontakt"
            + "|ansprechpartner(?:in)?|about the author|über den autor|über die autorin|zu[mr] autor(?:in)?"
            + "|à propos de l'auteur|sobre el autor|inhaltsverzeichnis|table of contents|contents|sommaire|índice"
            + "|spis treści)\\s*:?"
            + "|(?:kategorien?|category|categories|themen|tags|schlagw(?:o|ö)rter|schlagworte|stichw(?:o|ö)rter"
            + "|topics|catégories?|étiquettes|etiquetas|temas|rubrik|filed under|posted in)\\s*:\\s*.{1,80}"
            + "|skip to (?:the )?(?:main )?(?:content|navigation|menu|search|footer)|zum inhalt springen"
            + "|aller au contenu(?: principal)?|saltar al contenido(?: principal)?"
            + "|continue reading(?: the main story| below)?|(?:the )?(?:story|article) continues (?:below|after).{0,20}"
            + "|(?:lesezeit|reading time|estimated reading time|temps de lecture|tiempo de lectura|czas czytania)"
            + "\\W*\\d+\\s?" + MINUTES
            + "|\\d+\\s?" + MINUTES + "\\s+(?:read|reading|lesezeit|lesen|czytania|de lecture|de lectura))";

    /** "By Staff Writer", "Von Anna Schmidt und Jan Berg": case matters, so "By the end of May" stays. */
    private static final Pattern BYLINE = Pattern.compile(
            "(?:By|BY|by|Von|von)\\s+\\p{Lu}[\\p{L}.'-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'-]*|and|und|&|,))*");

    static final List<BoilerplateRule> RULES = List.of(
            BoilerplateRule.wholeLine("cookie banner", 400, LEAD
                    + "(?:this (?:web)?site uses cookies|(?:we|our (?:web)?site)(?: and our partners)? uses? cookies"
                    + "|by (?:continuing to (?:use|browse)|using) (?:this|our) (?:web)?site"
                    + "|accept (?:all )?cookies|cookies? (?:policy|settings|notice|consent|preferences))\\b.*"),
            BoilerplateRule.wholeLine("comment prompt", 60, LEAD
                    + "(?:leave a (?:comment|reply)|post a comment|add (?:a|your) comment|write a comment"
                    + "|\\d+ comments?|comments? \\(\\d+\\)|(?:show|view|load|read) (?:all )?comments"
                    + "|no comments(?: yet)?|comments?)\\W*"),
            BoilerplateRule.wholeLine("comment prompt", 60, LEAD
                    + "(?:kommentare? (?:verfassen|schreiben|hinzufügen|abgeben)|\\d+ kommentare?|kommentare? \\(\\d+\\)"
                    + "|kommentare insgesamt:? ?\\d*|bisherige kommentare .{1,40}|\\d+ commentaires?"
                    + "|commentaires? \\(\\d+\\)|laisser un commentaire|(?:deja|dejar|escribe) un comentario"
                    + "|\\d+ comentarios?|skomentuj|komentarze(?: \\(\\d+\\))?)\\W*"),
            BoilerplateRule.wholeLine("link to other articles", 250, LEAD
                    + "(?:read next|read more|read also|also read|see also|related"
                    + "(?: (?:articles?|stories|news|posts?|content|coverage|topics|reading))?"
                    + "|more on this(?: story| topic)?|recommended(?: for you| reading)?|you (?:may|might) also like"
                    + "|more stories|most read|trending(?: now)?|more from .{1,40}"
                    // the same prompts in the other languages of the web pages measured (docs/evaluation.md)
                    + "|mehr zum thema|weitere (?:artikel|beiträge|meldungen|nachrichten|informationen|infos)"
                    + "|(?:das|dies) könnte (?:sie|dich) (?:auch )?interessieren|lesen sie (?:auch|mehr)"
                    + "|zum weiterlesen|schon gelesen\\??|ähnliche (?:beiträge|artikel)|verwandte (?:themen|artikel)\\w*"
                    + "|à lire aussi|lire aussi|sur le même sujet|también te puede interesar|lea también"
                    + "|(?:notas|temas|noticias) relacionad[oa]s|leggi anche|zobacz (?:także|też)|czytaj (?:także|też))"
                    + SEPARATOR_AND_REST),
            // the label over a rail of other articles, left when the rail itself is gone or is not links
            BoilerplateRule.wholeLine("link to other articles", 80, LEAD
                    + "(?:(?:latest|recent|popular|related) (?:news|articles|stories|posts)|most popular"
                    + "|(?:next|previous) (?:article|story|post)|article (?:suivant|précédent)"
                    + "|(?:vorschau auf den )?(?:nächste[nr]?|vorherige[nr]?) (?:artikel|beitrag)"
                    + "|weitere (?:artikel|beiträge|meldungen|nachrichten|news) .{1,30}"
                    + "|(?:neueste|aktuelle) (?:artikel|beiträge|meldungen|nachrichten|news)|meistgelesen\\w*"
                    + "|kommentierte artikel|auch interessant|mehr themen|lesen sie auch .{1,40}"
                    + "|.{1,20} könnte (?:sie|dich) (?:auch )?interessieren)\\W*"),
            BoilerplateRule.wholeLine("link to other articles", 50, LEAD
                    + "(?:back to|zurück zu[mr]?) .{1,40}"),
            BoilerplateRule.wholeLine("share or subscribe prompt", 120, LEAD
                    + "(?:share(?: this)?(?: (?:article|story|post|page))?(?: (?:on|via) .{1,40})?"
                    + "|follow us(?: on .{1,60})?|subscribe(?: now| here| today)?(?: (?:to|for) " + OUR_UPDATES + ")?"
                    + "|sign up (?:for|to) " + OUR_UPDATES + "|join us on .{1,40}|join our .{1,30} (?:channel|group)(?: on .{1,30})?"
                    + "|get (?:our|the) .{0,30}newsletter.{0,40}|click here to (?:subscribe|share).{0,40})\\W*"),
            new BoilerplateRule("share or subscribe prompt", 120, BoilerplateLineFilter::isShareButtonRow),
            // "Möchten Sie den Artikel teilen?", "Den Artikel mit anderen teilen/diskutieren:"
            BoilerplateRule.wholeLine("share or subscribe prompt", 80,
                    ".{0,30}\\b(?:share|teilen|partager|compartir|condividi|condividere|udostępnij)\\b.{0,30}[?:!]\\W*"
                    + "|(?:(?:diese[ns]? )?(?:seite|artikel|beitrag) )?teilen|partager(?: (?:cet article|la page))?"
                    + "|compartir(?: (?:esta nota|este artículo))?|condividi|udostępnij"),
            BoilerplateRule.wholeLine("caption or credit", 160, LEAD
                    + "(?:photo|photos|foto|fotos|bild|titelbild|bildquelle|image|picture|credit|photo credit)"
                    + "\\s*:\\s*.+|\\(?credit:.+"),
            BoilerplateRule.wholeLine("caption or credit", 80, LEAD
                    + "(?:crédits? photos?|cr[ée]dits?|quellen?|sources?|fuentes?|fontes?|źródło|zdjęcie)\\s*:\\s*.{0,60}"),
            new BoilerplateRule("byline", 80, line -> BYLINE.matcher(line).matches()),
            BoilerplateRule.wholeLine("page label", 100, LEAD + PAGE_LABEL + "\\W*"),
            // "Anzeige, enthält Affiliate Links", "*Werbung. Dieser Beitrag enthält Werbung für ...": the label
            // word then a break, never a sentence that starts with it ("Werbung ist ...")
            BoilerplateRule.wholeLine("advertisement label", 80, LEAD
                    + "(?:advertisement|anzeige|werbung|publicidad|publicité|pubblicità|reklama|sponsored)"
                    + "(?:\\W*|\\s*[-–:,.|*]\\s*.{0,60})"),
            BoilerplateRule.wholeLine("share or subscribe prompt", 200,
                    "\\s*this entry was posted in .*|.*bookmark the permalink\\W*"),
            BoilerplateRule.wholeLine("copyright notice", 200,
                    "\\s*(?:©|\\(c\\)\\s|copyright\\b|all rights reserved).*|.{0,150}\\ball rights reserved\\W*"));

    @Override
    public void apply(DocumentDraft draft) {
        for (int i = draft.lineCount() - 1; i >= 0; i--) {
            String line = draft.line(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            for (BoilerplateRule rule : RULES) {
                if (rule.appliesTo(line)) {
                    draft.removeLine(i, rule.reason());
                    break;
                }
            }
        }
    }

    /** A row of share buttons flattened to text: "Facebook Twitter WhatsApp Email". */
    private static boolean isShareButtonRow(String line) {
        String[] words = line.toLowerCase(Locale.ROOT).split("[\\s|/·•,]+");
        if (words.length < 2) {
            return false;
        }
        for (String word : words) {
            if (!SHARE_BUTTON_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
