from calc import ad
