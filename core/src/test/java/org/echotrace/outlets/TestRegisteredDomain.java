package org.echotrace.outlets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** An outlet's registered domain by the public suffix list: every host of one site is one outlet. */
class TestRegisteredDomain {

    @Test
    void foldsWwwMobileAndSectionHostsUnderACountrysSecondLevel() {
        assertEquals("bbc.co.uk", RegisteredDomain.ofAddress("https://www.bbc.co.uk/news/world-12345"));
        assertEquals("bbc.co.uk", RegisteredDomain.ofAddress("https://m.bbc.co.uk/news"));
        assertEquals("bbc.co.uk", RegisteredDomain.ofHost("bbc.co.uk"));
        assertEquals("news.com.au", RegisteredDomain.ofAddress("https://www.news.com.au/world/story"));
        assertEquals("news.com.au", RegisteredDomain.ofAddress("http://mobile.news.com.au/a"));
        assertEquals("abc.net.au", RegisteredDomain.ofAddress("https://www.abc.net.au/news/2024-03-01/x"));
        assertEquals("nytimes.com", RegisteredDomain.ofAddress("https://edition.mobile.nytimes.com/2024/a.html"));
    }

    @Test
    void knowsSuffixesNoRuleOfThumbWould() {
        // a government's second level that is not one of the usual co/com/net/org
        assertEquals("interieur.gouv.fr", RegisteredDomain.ofAddress("https://www.interieur.gouv.fr/Actualites"));
        // a city-level suffix: three labels are the public part
        assertEquals("city.kawasaki.jp", RegisteredDomain.ofHost("www.city.kawasaki.jp"));
        // hosting services: each blog is its own outlet, not one "blogspot.com"
        assertEquals("firstblog.blogspot.com", RegisteredDomain.ofAddress("https://firstblog.blogspot.com/2024/03/post.html"));
        assertEquals("secondblog.blogspot.com", RegisteredDomain.ofHost("m.secondblog.blogspot.com"));
    }

    @Test
    void keepsOddHostsWithoutGuessingTooMuch() {
        assertEquals("example.com", RegisteredDomain.ofHost("WWW.Example.COM."));
        assertEquals("co.uk", RegisteredDomain.ofHost("co.uk"));
        assertEquals("paper.intranet", RegisteredDomain.ofHost("news.paper.intranet"));
        assertNull(RegisteredDomain.ofAddress("http://192.168.1.20/a"));
        assertNull(RegisteredDomain.ofHost("localhost"));
        assertNull(RegisteredDomain.ofAddress("not an address"));
        assertNull(RegisteredDomain.ofAddress(""));
    }
}
