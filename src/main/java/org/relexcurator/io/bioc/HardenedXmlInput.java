package org.relexcurator.io.bioc;

import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;

/**
 * StAX input that never processes a DTD and never fetches anything: BioC files declare {@code
 * <!DOCTYPE collection SYSTEM "BioC.dtd">}, which must neither slow reading down nor reach the
 * network, and a file may carry entity declarations meant to expand without bound (billion laughs)
 * or to pull in local files ({@code <!ENTITY x SYSTEM "file:///etc/passwd">}). With DTD support
 * off, the DOCTYPE is skipped and a reference to a declared entity is an error.
 */
final class HardenedXmlInput {

  private HardenedXmlInput() {}

  static XMLInputFactory newFactory() {
    // The JDK's own implementation, whatever StAX provider the class path happens to carry.
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    factory.setXMLResolver(HardenedXmlInput::refuse);
    return factory;
  }

  private static InputStream refuse(
      String publicId, String systemId, String baseUri, String namespace)
      throws XMLStreamException {
    throw new XMLStreamException("external resource " + systemId + " not loaded");
  }
}
