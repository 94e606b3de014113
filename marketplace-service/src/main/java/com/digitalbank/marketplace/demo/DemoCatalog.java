package com.digitalbank.marketplace.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.digitalbank.marketplace.catalog.Product;
import com.digitalbank.marketplace.catalog.ProductId;
import com.digitalbank.marketplace.catalog.Retailer;
import com.digitalbank.marketplace.catalog.RetailerBenefits;
import com.digitalbank.marketplace.catalog.RetailerId;

/**
 * The demo catalog under {@code ./dev up}: 5 retailers, each with its cashback and
 * months-without-interest plans, and 54 products in categories, with stock. Product ids
 * are stable so that demos and the assistant can name them.
 */
public final class DemoCatalog {

	private static final String MXN = "MXN";

	private DemoCatalog() {
	}

	public static List<Retailer> retailers() {
		return List.of(
				retailer("ret-electro-mx", "ElectroMundo", "Electrónica y cómputo", "5.00", "500.00",
						Map.of(3, money("1500.00"), 6, money("3000.00"), 9, money("6000.00"), 12, money("9000.00"))),
				retailer("ret-casa-bella", "Casa Bella", "Hogar, cocina y decoración", "3.00", "300.00",
						Map.of(3, money("1000.00"), 6, money("2500.00"))),
				retailer("ret-deportes-norte", "Deportes del Norte", "Deportes y aire libre", "2.00", "200.00",
						Map.of(3, money("800.00"), 6, money("2000.00"), 12, money("8000.00"))),
				retailer("ret-libreria-sol", "Librería Sol", "Libros, papelería y juegos", "1.50", "100.00", Map.of()),
				retailer("ret-moda-urbana", "Moda Urbana", "Ropa, calzado y accesorios", "4.00", "250.00",
						Map.of(3, money("1200.00"), 6, money("2400.00"), 9, money("3600.00"))));
	}

	public static List<Product> products() {
		List<Product> products = new ArrayList<>();
		products.add(product("prd-electro-mx-01", "ret-electro-mx", "Audífonos inalámbricos", "audio", "899.90", 40));
		products
			.add(product("prd-electro-mx-02", "ret-electro-mx", "Bocina Bluetooth portátil", "audio", "1299.00", 25));
		products.add(product("prd-electro-mx-03", "ret-electro-mx", "Barra de sonido 2.1", "audio", "3499.00", 12));
		products.add(product("prd-electro-mx-04", "ret-electro-mx", "Laptop 14\" 16 GB", "computo", "15999.00", 8));
		products.add(product("prd-electro-mx-05", "ret-electro-mx", "Monitor 27\" QHD", "computo", "5499.00", 15));
		products.add(product("prd-electro-mx-06", "ret-electro-mx", "Teclado mecánico", "computo", "1199.00", 30));
		products.add(product("prd-electro-mx-07", "ret-electro-mx", "Mouse inalámbrico", "computo", "349.90", 60));
		products.add(product("prd-electro-mx-08", "ret-electro-mx", "Smartphone 128 GB", "telefonia", "7999.00", 20));
		products
			.add(product("prd-electro-mx-09", "ret-electro-mx", "Cargador rápido USB-C", "telefonia", "399.00", 80));
		products.add(product("prd-electro-mx-10", "ret-electro-mx", "Tableta 10\"", "computo", "4299.00", 18));
		products.add(product("prd-electro-mx-11", "ret-electro-mx", "Reloj inteligente", "telefonia", "2599.00", 22));
		products.add(product("prd-electro-mx-12", "ret-electro-mx", "Cámara de seguridad Wi-Fi", "hogar-inteligente",
				"899.00", 35));
		products.add(product("prd-casa-bella-01", "ret-casa-bella", "Cafetera de goteo", "cocina", "1099.00", 20));
		products
			.add(product("prd-casa-bella-02", "ret-casa-bella", "Sartén antiadherente 28 cm", "cocina", "649.00", 45));
		products.add(product("prd-casa-bella-03", "ret-casa-bella", "Juego de cuchillos", "cocina", "1299.00", 15));
		products.add(product("prd-casa-bella-04", "ret-casa-bella", "Licuadora 1.5 L", "cocina", "1499.00", 18));
		products.add(product("prd-casa-bella-05", "ret-casa-bella", "Juego de sábanas matrimonial", "recamara",
				"899.00", 30));
		products.add(product("prd-casa-bella-06", "ret-casa-bella", "Almohada de memoria", "recamara", "599.00", 50));
		products.add(product("prd-casa-bella-07", "ret-casa-bella", "Lámpara de pie", "decoracion", "1899.00", 10));
		products
			.add(product("prd-casa-bella-08", "ret-casa-bella", "Espejo redondo 60 cm", "decoracion", "1199.00", 12));
		products.add(product("prd-casa-bella-09", "ret-casa-bella", "Tapete de algodón", "decoracion", "749.00", 25));
		products.add(product("prd-casa-bella-10", "ret-casa-bella", "Aspiradora sin bolsa", "limpieza", "2999.00", 9));
		products.add(product("prd-casa-bella-11", "ret-casa-bella", "Freidora de aire 4 L", "cocina", "2199.00", 14));
		products
			.add(product("prd-deportes-norte-01", "ret-deportes-norte", "Tenis para correr", "calzado", "1899.00", 30));
		products.add(product("prd-deportes-norte-02", "ret-deportes-norte", "Bicicleta de montaña R29", "ciclismo",
				"8999.00", 6));
		products
			.add(product("prd-deportes-norte-03", "ret-deportes-norte", "Casco de ciclismo", "ciclismo", "899.00", 20));
		products.add(product("prd-deportes-norte-04", "ret-deportes-norte", "Tapete de yoga", "fitness", "449.00", 40));
		products.add(product("prd-deportes-norte-05", "ret-deportes-norte", "Mancuernas ajustables 20 kg", "fitness",
				"2499.00", 10));
		products.add(product("prd-deportes-norte-06", "ret-deportes-norte", "Balón de fútbol", "futbol", "499.00", 50));
		products.add(product("prd-deportes-norte-07", "ret-deportes-norte", "Tienda de campaña 4 personas", "campismo",
				"2799.00", 8));
		products
			.add(product("prd-deportes-norte-08", "ret-deportes-norte", "Bolsa de dormir", "campismo", "999.00", 15));
		products.add(product("prd-deportes-norte-09", "ret-deportes-norte", "Botella térmica 1 L", "campismo", "399.00",
				60));
		products
			.add(product("prd-deportes-norte-10", "ret-deportes-norte", "Raqueta de pádel", "raqueta", "1599.00", 12));
		products.add(product("prd-deportes-norte-11", "ret-deportes-norte", "Guantes de box", "fitness", "699.00", 25));
		products
			.add(product("prd-libreria-sol-01", "ret-libreria-sol", "Cien años de soledad", "libros", "329.00", 40));
		products.add(product("prd-libreria-sol-02", "ret-libreria-sol", "Pedro Páramo", "libros", "219.00", 35));
		products.add(product("prd-libreria-sol-03", "ret-libreria-sol", "El laberinto de la soledad", "libros",
				"279.00", 25));
		products.add(product("prd-libreria-sol-04", "ret-libreria-sol", "Cuaderno profesional 100 hojas", "papeleria",
				"69.90", 200));
		products.add(
				product("prd-libreria-sol-05", "ret-libreria-sol", "Set de plumas de gel", "papeleria", "129.00", 120));
		products.add(product("prd-libreria-sol-06", "ret-libreria-sol", "Agenda 2027", "papeleria", "249.00", 60));
		products.add(
				product("prd-libreria-sol-07", "ret-libreria-sol", "Rompecabezas 1000 piezas", "juegos", "399.00", 30));
		products.add(product("prd-libreria-sol-08", "ret-libreria-sol", "Juego de mesa de estrategia", "juegos",
				"899.00", 15));
		products.add(product("prd-libreria-sol-09", "ret-libreria-sol", "Lotería mexicana", "juegos", "149.00", 50));
		products.add(product("prd-libreria-sol-10", "ret-libreria-sol", "Atlas de México", "libros", "549.00", 12));
		products.add(product("prd-moda-urbana-01", "ret-moda-urbana", "Chamarra de mezclilla", "ropa", "1299.00", 20));
		products.add(product("prd-moda-urbana-02", "ret-moda-urbana", "Playera básica algodón", "ropa", "249.00", 100));
		products.add(product("prd-moda-urbana-03", "ret-moda-urbana", "Sudadera con capucha", "ropa", "799.00", 40));
		products.add(product("prd-moda-urbana-04", "ret-moda-urbana", "Pantalón chino", "ropa", "899.00", 35));
		products
			.add(product("prd-moda-urbana-05", "ret-moda-urbana", "Tenis de piel blancos", "calzado", "1599.00", 25));
		products.add(product("prd-moda-urbana-06", "ret-moda-urbana", "Botas de piel", "calzado", "2299.00", 12));
		products.add(product("prd-moda-urbana-07", "ret-moda-urbana", "Mochila urbana", "accesorios", "999.00", 30));
		products.add(product("prd-moda-urbana-08", "ret-moda-urbana", "Gorra bordada", "accesorios", "349.00", 45));
		products.add(product("prd-moda-urbana-09", "ret-moda-urbana", "Lentes de sol polarizados", "accesorios",
				"1199.00", 20));
		products.add(product("prd-moda-urbana-10", "ret-moda-urbana", "Cinturón de piel", "accesorios", "499.00", 40));
		return List.copyOf(products);
	}

	private static Retailer retailer(String id, String name, String description, String cashbackPercent,
			String cashbackCap, Map<Integer, BigDecimal> plans) {
		return new Retailer(new RetailerId(id), name, description,
				new RetailerBenefits(money(cashbackPercent), money(cashbackCap), plans));
	}

	private static Product product(String id, String retailerId, String name, String category, String price,
			int stock) {
		return new Product(new ProductId(id), new RetailerId(retailerId), name, category, money(price), MXN, stock);
	}

	private static BigDecimal money(String amount) {
		return new BigDecimal(amount);
	}

}
