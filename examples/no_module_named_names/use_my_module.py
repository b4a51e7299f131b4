# Файл называется my-module.py, через дефис.
import my_module
