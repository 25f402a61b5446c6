# Imports a helper module from the same directory (modules/_geometry.py) in several styles.
import _geometry
import _geometry as geo
from _geometry import Point, polygon_area as area

square = [Point(0, 0), Point(4, 0), Point(4, 4), Point(0, 4)]
print(area(square), geo.polygon_area(square[:3]))
print(Point(3, 4).dist(), square[2].dist(square[0]), _geometry.ORIGIN)
print(_geometry is geo, geo.Point is Point, _geometry.created_count())
print(type(square[0]).__module__, _geometry.__name__)
