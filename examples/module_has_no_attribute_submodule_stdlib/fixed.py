import xml.etree.ElementTree as ET

root = ET.fromstring("<книга>Python</книга>")
print(root.text)
