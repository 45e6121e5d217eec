package org.desist.eventstore.subjectaccess;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds people's names in free text as whole words in any case, however many names are known (every person on
 * probation a service holds): the text is read word by word and each word looked up, rather than matched against one
 * pattern of every name. A name's words may be joined by spaces, apostrophes, hyphens or full stops ("O'Brien",
 * "Smith-Jones", "J. Smith"); the longest name found at a word wins, so "Jo Bloggs" goes whole before "Jo" could.
 */
public final class NameMatcher {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern JOIN = Pattern.compile("[\\s'\u2019.\\-]+");

    private record Word(int start, int end, String folded) {
    }

    /** The names to find, by their first word, longest first. */
    private final Map<String, List<List<String>>> byFirstWord;

    private NameMatcher(Map<String, List<List<String>>> byFirstWord) {
        this.byFirstWord = byFirstWord;
    }

    /** A matcher of these names; a name of one character, or none, finds nothing. */
    public static NameMatcher of(Collection<String> names) {
        Map<String, List<List<String>>> byFirstWord = new HashMap<>();
        for (String name : names) {
            if (name == null || name.strip().length() < 2) {
                continue;
            }
            List<String> words = words(name).stream().map(Word::folded).toList();
            if (!words.isEmpty()) {
                byFirstWord.computeIfAbsent(words.getFirst(), w -> new ArrayList<>()).add(words);
            }
        }
        byFirstWord.values().forEach(list -> list.sort(Comparator.comparingInt(List<String>::size).reversed()));
        return new NameMatcher(byFirstWord);
    }

    /** The name as the matcher compares it: its words, folded to lower case, joined by one space. */
    public static String folded(String name) {
        return String.join(" ", words(name).stream().map(Word::folded).toList());
    }

    public boolean isEmpty() {
        return byFirstWord.isEmpty();
    }

    /** The text with each name found replaced by {@code replacement}. */
    public String replace(String text, String replacement) {
        if (isEmpty() || text.isEmpty()) {
            return text;
        }
        List<Word> words = words(text);
        StringBuilder replaced = new StringBuilder(text.length());
        int copied = 0;
        for (int i = 0; i < words.size();) {
            int found = longestAt(text, words, i);
            if (found == 0) {
                i++;
                continue;
            }
            replaced.append(text, copied, words.get(i).start()).append(replacement);
            copied = words.get(i + found - 1).end();
            i += found;
        }
        return copied == 0 ? text : replaced.append(text, copied, text.length()).toString();
    }

    /** How many words of the longest name starting at word {@code i}, or 0. */
    private int longestAt(String text, List<Word> words, int i) {
        List<List<String>> candidates = byFirstWord.get(words.get(i).folded());
        if (candidates == null) {
            return 0;
        }
        for (List<String> name : candidates) {
            if (matches(text, words, i, name)) {
                return name.size();
            }
        }
        return 0;
    }

    private static boolean matches(String text, List<Word> words, int i, List<String> name) {
        if (i + name.size() > words.size()) {
            return false;
        }
        for (int k = 1; k < name.size(); k++) {
            Word previous = words.get(i + k - 1);
            Word word = words.get(i + k);
            if (!word.folded().equals(name.get(k)) || !JOIN.matcher(text).region(previous.end(), word.start()).matches()) {
                return false;
            }
        }
        return true;
    }

    private static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            words.add(new Word(word.start(), word.end(), word.group().toLowerCase(Locale.ROOT)));
        }
        return words;
    }
}
