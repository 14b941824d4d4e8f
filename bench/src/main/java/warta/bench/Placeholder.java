package warta.bench;
final class Placeholder {}
