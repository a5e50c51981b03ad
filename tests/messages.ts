// Every unit test reads the game's words in English, as the page does until a language is chosen.
import '../src/i18n';
