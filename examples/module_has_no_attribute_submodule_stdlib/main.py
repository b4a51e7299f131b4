import xml

root = xml.etree.ElementTree.fromstring("<книга>Python</книга>")
print(root.text)
