# Пакет называется pptools — строчными буквами
import PPTools
