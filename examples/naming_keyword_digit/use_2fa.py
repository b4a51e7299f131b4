import 2fa
