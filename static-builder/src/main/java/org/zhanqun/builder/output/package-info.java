/**
 * Output formats as data (as in Hugo): what each kind of file the build writes is called, its media
 * type, the template that renders it and the variable the template sees.
 */
package org.zhanqun.builder.output;
