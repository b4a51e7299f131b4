from settings import DEBUG, TIMEOUT

print(DEBUG, TIMEOUT)
