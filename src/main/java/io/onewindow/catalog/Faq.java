package io.onewindow.catalog;

public record Faq(String question, String answer) {
}
