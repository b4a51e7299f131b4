import secrets

print("Есть secrets.token_hex:", hasattr(secrets, "token_hex"))
