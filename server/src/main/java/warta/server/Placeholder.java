package warta.server;
final class Placeholder {}
